import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CodesFile } from '../../src/schemas/public-record';

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

/** The base path the site was built with, ending in "/". */
export const BASE = (process.env.BASE_PATH ?? '/').replace(/\/*$/, '/');

/** Every file under dist/ with one of the extensions, as paths relative to dist/. */
export async function distFiles(...extensions: string[]): Promise<string[]> {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => path.relative(DIST, path.join(e.parentPath, e.name)))
    .sort();
}

export const readDist = (file: string) => readFile(path.join(DIST, file), 'utf8');

/** The built page of a site path (`/calling/487/10003/` → its index.html). */
export const pageOf = (sitePath: string) => readDist(path.join(sitePath, 'index.html'));

/** The catalogue as the build published it: what the tests expect comes from here, never typed in. */
export const records = (JSON.parse(await readDist('codes.json')) as CodesFile).records;

/** Text of an HTML fragment: tags dropped, entities of the build decoded, spaces collapsed. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
