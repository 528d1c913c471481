import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CodesFile } from '../../src/schemas/public-record';

const DIST = path.resolve(process.env.DIST_DIR ?? 'dist');

/** The catalogue the site under test published: expected counts come from it, never typed in. */
export const records = (JSON.parse(await readFile(path.join(DIST, 'codes.json'), 'utf8')) as CodesFile).records;

/** Area slug → title, as the lookup index gives them. */
export const titles = (
  JSON.parse(await readFile(path.join(DIST, 'lookup', 'meta.json'), 'utf8')) as { titles: Record<string, string> }
).titles;

export const carrying = (n: number) => records.filter((r) => r.code === n || r.subcode === n);
