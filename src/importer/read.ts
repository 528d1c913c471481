import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { parseMarkdown } from '../pipeline/markdown';
import { learnUrl, resolveLink } from './links';

/** Where the article and its includes live in MicrosoftDocs/azure-docs. */
export const ARTICLE =
  'articles/communication-services/resources/troubleshooting/voice-video-calling/troubleshooting-codes.md';
const INCLUDES = 'articles/communication-services/resources/troubleshooting/voice-video-calling/includes/codes/';
/** The include files in the order the article includes them, for a folder that holds only those. */
const INCLUDE_ORDER = [
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
  /** `ms.date` as `YYYY-MM-DD`. */
  date: string;
  url: string;
  /** The file that was read, for the report. */
  file: string;
}

/** Reads the newest tables from a checkout of MicrosoftDocs/azure-docs, an article file, or a folder of include files. */
export async function readUpstream(input: string): Promise<Upstream> {
  const articleUrl = learnUrl(ARTICLE)!;
  const info = await stat(input);
  const folder = info.isDirectory() ? input : path.dirname(input);
  const candidates = info.isDirectory()
    ? [
        path.join(input, ARTICLE),
        ...(await readdir(input))
          .filter((f) => /^troubleshooting-codes.*\.md$/.test(f))
          .map((f) => path.join(input, f)),
      ]
    : [input];
  const article = candidates.find((f) => existsSync(f));
  if (article) {
    const { tree, meta } = await readFile(article, 'utf8').then((text) => parseFile(text, ARTICLE, articleUrl));
    await spliceIncludes(tree, folder, articleUrl);
    return { tree, ...describe(meta, articleUrl), file: article };
  }
  const includes = INCLUDE_ORDER.map((f) => path.join(folder, f)).filter((f) => existsSync(f));
  if (includes.length === 0)
    throw new Error(`${input}: no troubleshooting-codes article and no include files (${INCLUDE_ORDER.join(', ')})`);
  const parts = await Promise.all(
    includes.map(async (f) => parseFile(await readFile(f, 'utf8'), INCLUDES + path.basename(f), articleUrl)),
  );
  const newest = parts.map((p) => describe(p.meta, articleUrl)).sort((a, b) => b.date.localeCompare(a.date))[0]!;
  return { tree: { type: 'root', children: parts.flatMap((p) => p.tree.children) }, ...newest, file: folder };
}

function parseFile(text: string, repoPath: string, articleUrl: string) {
  const tree = parseMarkdown(text.replace(/\r\n?/g, '\n'));
  const [first] = tree.children;
  const meta = first?.type === 'yaml' ? (parseYaml(first.value) as Record<string, unknown>) : {};
  if (first?.type === 'yaml') tree.children.shift();
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') node.url = resolveLink(node.url, repoPath, articleUrl);
  });
  return { tree, meta };
}

/** Replaces each `[!INCLUDE [name](path)]` paragraph by the include file's content. */
async function spliceIncludes(tree: Root, folder: string, articleUrl: string) {
  const children: RootContent[] = [];
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
    if (file) children.push(...parseFile(await readFile(file, 'utf8'), INCLUDES + name, articleUrl).tree.children);
    else children.push(node);
  }
  tree.children = children;
}

/** The article's title, for versions read from its include files, which carry their own. */
const ARTICLE_TITLE =
  'Troubleshooting call end response codes for Calling SDK, Call Automation SDK, PSTN, Chat SDK, and SMS SDK';

function describe(meta: Record<string, unknown>, url: string) {
  const [month, day, year] = String(meta['ms.date'] ?? '').split('/');
  if (!year) throw new Error(`the upstream file has no ms.date (found "${String(meta['ms.date'])}")`);
  const title =
    meta['ms.topic'] === 'include'
      ? ARTICLE_TITLE
      : String(meta.title ?? ARTICLE_TITLE).replace(/ - Azure Communication Services$/, '');
  return { title, date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`, url };
}
