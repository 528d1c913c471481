import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ContentError } from './errors';

/** The content folder, sorted by kind. Everything else in it is an error: nothing is silently skipped. */
export interface ContentFiles {
  areas: string[];
  shared: string[];
  /** Guides as `<lang>/<slug>`. */
  guides: string[];
  /** The guides' files, in the same order. */
  guideFiles: string[];
  errors: ContentError[];
}

const AREA = /^[a-z][a-z0-9-]*\.md$/;
const GUIDE = /^[a-z]{2}\/[a-z][a-z0-9-]*\.mdx?$/;
export const SHARED_FILES = ['area-words.md', 'categories.md', 'redirects.md', 'reports.md', 'sdk-names.md'];

export async function listContent(dir: string): Promise<ContentFiles> {
  const base = path.basename(dir);
  const found: ContentFiles = { areas: [], shared: [], guides: [], guideFiles: [], errors: [] };
  const fail = (file: string, message: string, fix: string) =>
    found.errors.push({ file: `${base}/${file}`, line: 1, message, fix });
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = entry.name;
    if (entry.isDirectory() && name === 'guides') {
      for (const file of await readdir(path.join(dir, name), { recursive: true, withFileTypes: true }))
        if (file.isFile()) {
          const relative = path.relative(path.join(dir, name), path.join(file.parentPath, file.name));
          if (!GUIDE.test(relative))
            fail(
              `guides/${relative}`,
              'a guide must be guides/<lang>/<slug>.md or .mdx',
              'use a two-letter language folder and a lowercase file name',
            );
          else {
            found.guides.push(relative.replace(/\.mdx?$/, ''));
            found.guideFiles.push(path.join(dir, name, relative));
          }
        }
    } else if (entry.isDirectory() && name === 'shared') {
      for (const file of (await readdir(path.join(dir, name))).sort())
        if (SHARED_FILES.includes(file)) found.shared.push(path.join(dir, name, file));
        else fail(`shared/${file}`, 'unknown shared file', `shared files are ${SHARED_FILES.join(', ')}`);
    } else if (entry.isFile() && AREA.test(name)) found.areas.push(path.join(dir, name));
    else if (entry.isDirectory()) fail(name, 'unknown folder', 'content/ holds area files, guides/ and shared/');
    else fail(name, ...areaNameProblem(name));
  }
  return found;
}

function areaNameProblem(name: string): [string, string] {
  const stem = name.replace(/\.[^.]*$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (/\.mdx$/i.test(name)) return ['area files are Markdown, not MDX', `rename it to ${slug}.md`];
  if (/\.md$/i.test(name))
    return [`the file name is not a lowercase slug, so it cannot become a URL`, `rename it to ${slug}.md`];
  return [
    `unknown file type "${path.extname(name) || name}"`,
    'content/ holds only .md area files, guides/ and shared/',
  ];
}
