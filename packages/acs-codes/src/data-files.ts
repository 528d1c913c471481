// The data files the build writes next to the bundles (dist/data/), read where the bundle runs.
import { readFileSync } from 'node:fs';
import { createCodes, type LookupData } from './catalogue';
import type { CodesFile } from './schema-types';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;

/** The lookup's data is read at once (it is small); the whole catalogue only when a record is needed. */
export function loadCodes() {
  const lookup = read<LookupData>('lookup.json');
  return { lookup, codes: createCodes(lookup, () => read<CodesFile>('codes.json')) };
}
