import { cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, type ImportProblem } from '../../../src/importer/problems';
import { scratchDir } from '../../scratch';

export const FIXTURE = 'tests/fixtures/import';
/** The version of the ACS article that content/ holds, and an older one held back from it. */
export const NEWEST = path.join(FIXTURE, 'learn-2025-07-14');
export const OLDER = path.join(FIXTURE, 'learn-2024-07-22');
export const TEAMS = path.join(FIXTURE, 'teams');

/** A copy of a content folder (content/ by default) that a test may import into. */
export async function contentCopy(from = 'content'): Promise<string> {
  const dir = path.join(await scratchDir('import'), 'content');
  await cp(from, dir, { recursive: true });
  return dir;
}

/** A copy of a fixture folder that a test may edit. */
export async function inputCopy(from: string): Promise<string> {
  const dir = path.join(await scratchDir('import-input'), path.basename(from));
  await cp(from, dir, { recursive: true });
  return dir;
}

/** Every area file of a folder with its text, to compare before and after an import. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

/** The problems an import stopped with, or a failure when it did not stop. */
export async function problemsOf(run: Promise<unknown>): Promise<ImportProblem[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ImportError) return error.problems;
    throw error;
  }
  throw new Error('the import did not stop');
}

/** The 1-based line of a file that starts with the given text, found in the file rather than typed in. */
export async function lineOf(file: string, start: string): Promise<{ line: number; text: string }> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const index = lines.findIndex((l) => l.startsWith(start));
  if (index < 0) throw new Error(`${file} has no line starting ${start}`);
  return { line: index + 1, text: lines[index]! };
}
