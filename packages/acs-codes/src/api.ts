// The package's public types besides the catalogue's own (schema-types.ts). Types only: the build
// ships this file as api.d.ts, so it imports nothing but the generated types.
import type { CodesFile, PublicRecord } from './schema-types';

/**
 * How much of a reported code a record matches, best first: all of it; its subcode with another
 * code; its code with another subcode; its code, documented only as a subcode; the same number in
 * another code space.
 */
export type Quality = 'whole' | 'subcode' | 'code' | 'as-subcode' | 'other-space';

/** One code a text reports, as the site's lookup reads it (the matcher's Observation, restated: tests/unit/package/types.test.ts keeps the two in step). */
export interface Reported {
  /** `acs`, `sip` or `q850`; `any` for a number typed alone, which may be in any code space. */
  space: 'acs' | 'sip' | 'q850' | 'any';
  code: number | null;
  subcode: number | null;
  /** A number given without a field name: it matches a record's code or subcode. */
  either: number | null;
  /** The field names the numbers came from (`resultInformation.subCode`). */
  fields: string[];
  /** Areas that field names and context words in the text point to. */
  hints: string[];
  /** SDK names of the code found in the text (`NoNgcEndpoint`). */
  names: string[];
  /** How many times the text reports it. */
  count: number;
  /** In the lookup's words: "code 487 with subcode 10003", "SIP response 486". */
  description: string;
}

/** A record as the lookup lists it; `explain(id)` gives the whole record. */
export interface Listed {
  /** The record's id, e.g. calling/487/10003. */
  id: string;
  area: string;
  /** The area's title, e.g. Calling SDK. */
  areaTitle: string;
  table: string;
  codeSpace: 'acs' | 'sip' | 'q850';
  status: 'documented' | 'observed';
  code: number | null;
  subcode: number | null;
  /** The numbers as a log prints them: 487/10003, 4007, subcode 8523. */
  label: string;
  /** The message on one line, shortened to 140 characters. */
  message: string;
  resultCategory: string | null;
  /** Absolute URL of the record's page. */
  href: string;
}

/** One reported code with the records that match it. */
export interface Found {
  reported: Reported;
  /** The quality of the best record; null when no record holds any of its numbers. */
  quality: Quality | null;
  /** Whether a record matches all of it: what the lookup table calls documented. */
  documented: boolean;
  /** The lookup table's word for it: "documented", "not documented; its subcode is, with another code"… */
  verdict: string;
  /** A bare pair that matched only when read the other way round (10003/487). */
  reversed: boolean;
  /** Records that match all of it, best first. */
  records: Listed[];
  /** Records that match part of it, by quality, best first. */
  partial: { quality: Exclude<Quality, 'whole'>; records: Listed[] }[];
}

export interface LookupResult {
  /** Every code the text reports, in the order it first reports them. */
  found: Found[];
  /** The record the site's lookup would open for this text, if any. */
  opens: Listed | null;
  /** The text was longer than the lookup reads (1 MB): only its start was read. */
  truncated: boolean;
  /** Every code found is documented (true when none is found). */
  documented: boolean;
}

/** The package's functions: `import { lookup, explain, catalogue } from 'acs-codes'`. */
export interface AcsCodes {
  /** The whole catalogue: the site's /codes.json. */
  catalogue(): CodesFile;
  /**
   * Reads pasted text, a log or an error object, as the site's lookup does, and says for each code
   * it reports whether it is documented and which records match.
   */
  lookup(text: string): LookupResult;
  /**
   * The records for an id (calling/487/10003), a page address, or numbers (487/10003, 560486, SIP 486):
   * every record that matches all of the numbers; none when nothing does.
   */
  explain(query: string): PublicRecord[];
  /** The record with this id (calling/487/10003), page path or page address; undefined when there is none. */
  record(id: string): PublicRecord | undefined;
}
