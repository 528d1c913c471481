import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../pipeline/markdown';
import { learnUrl, resolveLink } from './links';
import { ImportError } from './problems';
import { shown } from './shown';
import { msDate } from './versions';

/** Where the article and its includes live in MicrosoftDocs/azure-docs. */
export const ARTICLE =
  'articles/communication-services/resources/troubleshooting/voice-video-calling/troubleshooting-codes.md';
const INCLUDES = 'articles/communication-services/resources/troubleshooting/voice-video-calling/includes/codes/';
/** The include files in the order the article includes them, for a folder that holds only those. */
export const INCLUDE_ORDER = [
  'calling-sdk.md',
  'call-end.md',
  'call-automation-sdk.md',
  'pstn.md',
  'chat-sdk.md',
  'sms-sdk.md',
];

export interface Upstream {
  /** The article with its includes in place and every link absolute. */
  tree: Root;
  title: string;
  /** The newest `ms.date` of the article and its includes, as `YYYY-MM-DD`. */
  date: string;
  url: string;
  /** The file or folder that was read, for the report. */
  file: string;
  /** The file each top-level node of `tree` came from, as problems name it. */
  fileOf: (node: RootContent) => string;
  /** The lines of every file read, by that name: what a refused row held. */
  lines: Map<string, string[]>;
}

interface Part {
  tree: Root;
  meta: Record<string, unknown>;
  file: string;
}

/** The article, or else the include files, that a path holds: a checkout, a folder, or one file. */
export async function findLearnArticle(input: string): Promise<{ article: string | null; includes: string[] }> {
  if (!(await stat(input)).isDirectory())
    return INCLUDE_ORDER.includes(path.basename(input))
      ? { article: null, includes: [input] }
      : { article: input, includes: [] };
  const candidates = [
    path.join(input, ARTICLE),
    ...(await readdir(input)).filter((f) => /^troubleshooting-codes.*\.md$/.test(f)).map((f) => path.join(input, f)),
  ];
  return {
    article: candidates.find((f) => existsSync(f)) ?? null,
    includes: INCLUDE_ORDER.map((f) => path.join(input, f)).filter((f) => existsSync(f)),
  };
}

/** Reads the tables from a checkout of MicrosoftDocs/azure-docs, an article file, or a folder of include files. */
export async function readUpstream(input: string): Promise<Upstream> {
  const articleUrl = learnUrl(ARTICLE)!;
  const { article, includes } = await findLearnArticle(input);
  const origin = new WeakMap<RootContent, string>();
  const lines = new Map<string, string[]>();
  const read = async (file: string, repoPath: string): Promise<Part> => {
    const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
    const name = shown(file);
    lines.set(name, text.split('\n'));
    const part = parseFile(text, repoPath, articleUrl);
    for (const node of part.tree.children) origin.set(node, name);
    return { ...part, file: name };
  };
  const parts: Part[] = [];
  let tree: Root;
  if (article) {
    const main = await read(article, ARTICLE);
    parts.push(main, ...(await spliceIncludes(main.tree, path.dirname(article), read)));
    tree = main.tree;
  } else {
    if (includes.length === 0)
      throw new ImportError([
        {
          file: input,
          message: 'holds no troubleshooting-codes article and none of its include files',
          fix: `give a checkout of MicrosoftDocs/azure-docs, the article, or a folder with ${INCLUDE_ORDER.join(', ')}`,
        },
      ]);
    for (const f of includes) parts.push(await read(f, INCLUDES + path.basename(f)));
    tree = { type: 'root', children: parts.flatMap((p) => p.tree.children) };
  }
  const dates = parts.map((p) => ({ ...p, date: msDate(p.meta['ms.date'], p.file) }));
  const newest = [...dates].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  return {
    tree,
    title: titleOf((article ? dates[0]! : newest).meta),
    date: newest.date,
    url: articleUrl,
    file: shown(article ?? (includes.length === 1 ? includes[0]! : path.dirname(includes[0]!))),
    fileOf: (node) => origin.get(node) ?? shown(input),
    lines,
  };
}

function parseFile(text: string, repoPath: string, articleUrl: string) {
  const tree = parseMarkdown(text);
  const [first] = tree.children;
  const meta = first?.type === 'yaml' ? (parseYaml(first.value) as Record<string, unknown>) : {};
  if (first?.type === 'yaml') tree.children.shift();
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') node.url = resolveLink(node.url, repoPath, articleUrl);
  });
  return { tree, meta };
}

/** Replaces each `[!INCLUDE [name](path)]` paragraph by the include file's content; returns the includes read. */
async function spliceIncludes(tree: Root, folder: string, read: (file: string, repoPath: string) => Promise<Part>) {
  const children: RootContent[] = [];
  const parts: Part[] = [];
  for (const node of tree.children) {
    // DocFX puts `::: zone` lines in the same paragraph; the include replaces all of it.
    const at =
      node.type === 'paragraph'
        ? node.children.findIndex((c) => c.type === 'text' && c.value.includes('[!INCLUDE'))
        : -1;
    const link =
      at >= 0 && node.type === 'paragraph' ? node.children.slice(at).find((c) => c.type === 'link') : undefined;
    const name =
      link?.type === 'link' ? `${path.posix.basename(new URL(link.url).pathname).replace(/\.md$/, '')}.md` : null;
    const file =
      name &&
      [path.join(folder, INCLUDES, name), path.join(folder, 'includes', 'codes', name), path.join(folder, name)].find(
        (f) => existsSync(f),
      );
    if (!file) {
      children.push(node);
      continue;
    }
    const part = await read(file, INCLUDES + name);
    parts.push(part);
    children.push(...part.tree.children);
  }
  tree.children = children;
  return parts;
}

/** The article's title, for versions read from its include files, which carry their own. */
const ARTICLE_TITLE =
  'Troubleshooting call end response codes for Calling SDK, Call Automation SDK, PSTN, Chat SDK, and SMS SDK';

function titleOf(meta: Record<string, unknown>): string {
  return meta['ms.topic'] === 'include'
    ? ARTICLE_TITLE
    : String(meta.title ?? ARTICLE_TITLE).replace(/ - Azure Communication Services$/, '');
}
