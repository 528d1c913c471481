// acs-codes: explains Azure Communication Services codes in a terminal, offline, from the data the
// package ships. Arguments are looked up as the site's lookup box reads them and print whole records;
// text on stdin (a paste, a log) prints one line per code, like the lookup's table.
import { parseArgs } from 'node:util';
import { MAX_PASTE } from '../../../src/matcher/observe';
import { fill } from '../../../src/scripts/match-view';
import type { AcsCodes, LookupResult } from './api';
import { STRINGS, wholeRecords } from './catalogue';
import { notDocumented, recordText, reportLine } from './format';
import type { CodesFile, PublicRecord } from './schema-types';

/** What the CLI needs of the world, so that tests can run it without a process of its own. */
export interface Io {
  codes: AcsCodes;
  /** The site's address (base path included) and area titles, from the lookup data. */
  home: string;
  titles: Record<string, string>;
  version: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stdin is a terminal: then there is nothing piped to read. */
  stdinIsTTY: boolean;
  readStdin: () => Promise<string>;
  /** Opens an address in a browser; false when none could be started. */
  open: (url: string) => Promise<boolean>;
}

/** Exit statuses: every code found is documented; one is not; the command line is wrong. */
export const EXIT = { documented: 0, notDocumented: 1, usage: 2 } as const;

// The lookup page puts this much of a text in its address; the page reads the rest from the box.
const MAX_URL_QUERY = 2_000;

export function usage(io: Pick<Io, 'home' | 'version'>): string {
  return `Usage: acs-codes [--json] [--open] <code/subcode | code | record id | page address>…
       acs-codes [--json] [--open] < build.log
       some-command | acs-codes [--json] [--open]

Explains Azure Communication Services error codes, SIP responses and Q.850 causes, offline,
from the catalogue of ${io.home} (package ${io.version}).

  acs-codes 487/10003     the records of code 487 with subcode 10003: message, result category,
                          what to do and whose words each piece is, and the record's page
  acs-codes < build.log   every code a paste or log reports, one line each (tab-separated): the code,
                          whether it is documented, the best record and its page

Options:
  --json      print the records found as JSON, in the format of the site's /codes.json
  --open      open the record's page in a browser (or the site's lookup, when the text opens no
              single record); BROWSER names the program to use
  --version   print the package's version
  --help      print this help

With npx, options go after the code, or after --: npx acs-codes 487/10003 --json,
npx acs-codes -- --json < build.log (npx takes options before them as its own).

Exit status: 0 when every code found is documented, 1 when one is not (or the arguments hold
no code), 2 when the command line is wrong.`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        open: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage(io)}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out(usage(io)), EXIT.documented);
  if (values.version) return (io.out(io.version), EXIT.documented);
  const query = positionals.join(' ');
  if (positionals.length > 0 && !query.trim()) {
    io.err(`The arguments are empty: give a code, such as 487/10003.\n\n${usage(io)}`);
    return EXIT.usage;
  }
  if (positionals.length === 0 && io.stdinIsTTY) {
    io.err(`Give a code, such as 487/10003, or pipe a log into acs-codes.\n\n${usage(io)}`);
    return EXIT.usage;
  }
  const options = { json: Boolean(values.json), open: Boolean(values.open) };
  return positionals.length > 0 ? explainCommand(query, io, options) : reportCommand(await io.readStdin(), io, options);
}

interface Options {
  json: boolean;
  open: boolean;
}

/** `acs-codes 487/10003`: every record of each code the arguments name, in full. */
async function explainCommand(query: string, io: Io, options: Options): Promise<number> {
  // An id or a page address names one record, whatever numbers it holds.
  const named = io.codes.record(query);
  const result = named ? null : io.codes.lookup(query);
  const records = named ? [named] : wholeRecords(result!).map((id) => io.codes.record(id)!);
  if (options.json) io.out(json(io.codes.catalogue(), records));
  else if (named) io.out(recordText(named, io.titles[named.area] ?? named.area));
  else if (result!.found.length === 0) io.out(STRINGS.noNumbers);
  else io.out(explained(result!, io).join('\n\n'));
  if (options.open) await openPage(records.length === 1 ? records[0]!.href : lookupAddress(query, io.home), io);
  return named || (result!.found.length > 0 && result!.documented) ? EXIT.documented : EXIT.notDocumented;
}

/** Each code in full: its records, or what the lookup says when none matches all of it. */
function explained(result: LookupResult, io: Io): string[] {
  return result.found.flatMap((found) => {
    if (!found.documented) return [notDocumented(found).join('\n')];
    const records = found.records.map((listed) => io.codes.record(listed.id)!);
    const heading =
      records.length > 1
        ? [`${fill(STRINGS.wholeMany, { count: records.length, what: found.reported.description })}:`]
        : [];
    return [...heading, ...records.map((r) => recordText(r, io.titles[r.area] ?? r.area))];
  });
}

/** `acs-codes < build.log`: one line per code, in the order the text reports them. */
async function reportCommand(text: string, io: Io, options: Options): Promise<number> {
  const result = io.codes.lookup(text);
  if (result.truncated) io.err(fill(STRINGS.truncated, { kb: Math.round(MAX_PASTE / 1000) }));
  if (options.json) {
    io.out(
      json(
        io.codes.catalogue(),
        wholeRecords(result).map((id) => io.codes.record(id)!),
      ),
    );
  } else if (result.found.length === 0) io.err(STRINGS.noNumbers);
  else io.out(result.found.map(reportLine).join('\n'));
  if (options.open) await openPage(result.opens?.href ?? lookupAddress(text, io.home), io);
  return result.documented ? EXIT.documented : EXIT.notDocumented;
}

/** The records in the envelope of /codes.json: its format version, date, licences and sources. */
const json = (catalogue: CodesFile, records: PublicRecord[]) => JSON.stringify({ ...catalogue, records }, null, 2);

const lookupAddress = (text: string, home: string) =>
  `${home}lookup/?q=${encodeURIComponent(text.slice(0, MAX_URL_QUERY))}`;

async function openPage(url: string, io: Io) {
  if (!(await io.open(url))) io.err(`No browser could be started (set BROWSER to one). The page: ${url}`);
}
