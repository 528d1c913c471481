import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { List, Nodes, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../pipeline/markdown';
import { textOf } from '../pipeline/render';
import type { Source } from '../schemas/source';
import type { Problems } from './problems';
import { shown } from './shown';
import { entryOf, readBullets } from './teams-entry';
import { resolveTeamsLink, TEAMS_FOLDER, teamsUrl } from './teams-links';
import { msDate } from './versions';

/** A Teams page of one SIP response: `microsoft-sip-response-codes-403.md`. */
export const TEAMS_PAGE = /^microsoft-sip-response-codes-\d{3}\.md$/;

/** One `## <Microsoft code> <SIP code> <phrase>` entry of a Teams page, as published. */
export interface TeamsEntry {
  file: string;
  /** Line of the entry's heading, and the heading as written. */
  line: number;
  held: string;
  /** The numbers of its bullets, which the record is filed under. */
  sip: number;
  microsoft: number;
  /** The phrase of the heading, as cell Markdown. */
  phrase: string;
  /** The suggested actions, as the lines of a cell. */
  actions: string[];
  /** Where the page disagrees with itself about this entry, in our words; the published text stays. */
  notes: string[];
  source: Source;
}

/** Reads the entries of Teams pages; what it cannot read goes to `problems` with its file and line. */
export async function readTeamsPages(
  files: string[],
  commits: Map<string, string>,
  problems: Problems,
): Promise<{ entries: TeamsEntry[]; includes: string[] }> {
  const entries: TeamsEntry[] = [];
  const includes: string[] = [];
  for (const file of files) {
    const read = await readTeamsPage(file, commits.get(path.basename(file)), problems);
    entries.push(...read.entries);
    includes.push(...read.includes);
  }
  return { entries, includes };
}

async function readTeamsPage(file: string, commit: string | undefined, problems: Problems) {
  const name = shown(file);
  const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const repoPath = TEAMS_FOLDER + path.basename(file);
  const tree = parseMarkdown(text);
  const [front, ...body] = tree.children;
  const meta = front?.type === 'yaml' ? (parseYaml(front.value) as Record<string, unknown>) : {};
  const source: Source = {
    id: `teams-sip-${path.basename(file, '.md').replace(/^\D+/, '')}-${msDate(meta['ms.date'], name)}`,
    title: String(meta.title ?? path.basename(file, '.md')),
    url: teamsUrl(repoPath)!,
    date: msDate(meta['ms.date'], name),
    ...(commit ? { upstream: `MicrosoftDocs/SupportArticles-docs@${commit}` } : {}),
  };
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') node.url = resolveTeamsLink(node.url, repoPath);
  });
  const line = (node: Nodes) => node.position?.start.line ?? 1;
  const fail = (node: Nodes, message: string) =>
    problems.add({ file: name, line: line(node), message, held: lines[line(node) - 1] ?? '' });
  const includes: string[] = [];
  const introCodes: { node: Nodes; codes: number[] }[] = [];
  const entries: TeamsEntry[] = [];
  let entry: { heading: Nodes; numbers: [number, number]; phrase: string; list: List | null } | null = null;
  const close = () => {
    if (entry) {
      const read = readBullets(entry.list, entry.heading, fail);
      if (read) entries.push(entryOf(entry, read, { file: name, held: lines[line(entry.heading) - 1]!, source }));
    }
    entry = null;
  };
  for (const node of body) {
    if (node.type === 'heading' && node.depth === 1 && !entry) continue;
    if (node.type === 'heading' && node.depth === 2) {
      close();
      const match = /^(\d+) (\d+) (.+)$/.exec(textOf(node.children).trim());
      if (!match) fail(node, 'an entry heading that is not "<Microsoft code> <SIP code> <phrase>"');
      else entry = { heading: node, numbers: [Number(match[1]), Number(match[2])], phrase: match[3]!, list: null };
      continue;
    }
    if (entry && !entry.list && node.type === 'list') {
      entry.list = node;
      continue;
    }
    const said = node.type === 'paragraph' ? textOf(node.children as RootContent[]).trim() : '';
    if (!entry && said.startsWith('[!INCLUDE')) includes.push(`${name}:${line(node)}`);
    else if (!entry && /^This article provides troubleshooting information for/.test(said))
      introCodes.push({ node, codes: [...said.matchAll(/Microsoft response codes? (\d+)/g)].map((m) => Number(m[1])) });
    else
      fail(
        node,
        entry ? "text after the entry's bullets, outside them" : 'text the import does not know on a Teams page',
      );
  }
  close();
  for (const { node, codes } of introCodes)
    for (const code of codes.filter((c) => !entries.some((e) => e.microsoft === c))) {
      if (entries.length !== 1) {
        fail(node, `the introduction names Microsoft response code ${code}, which no entry has`);
        continue;
      }
      entries[0]!.notes.push(
        `The introduction of Microsoft's page names Microsoft response code ${code}; its only entry, this one, is ${entries[0]!.microsoft} in its heading and its bullet. This site files it under ${entries[0]!.microsoft}.`,
      );
    }
  return { entries, includes };
}
