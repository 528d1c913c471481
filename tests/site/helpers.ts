import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

/** Every file under dist/ with one of the extensions, as paths relative to dist/. */
export async function distFiles(...extensions: string[]): Promise<string[]> {
  const entries = await readdir(DIST, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => path.relative(DIST, path.join(e.parentPath, e.name)))
    .sort();
}

export const readDist = (file: string) => readFile(path.join(DIST, file), 'utf8');
