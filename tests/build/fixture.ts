import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentErrors, formatError } from '../../src/pipeline/errors';
import { loadContent } from '../../src/pipeline/load';
import { scratchDir } from '../scratch';

export const FIXTURE = path.resolve('tests/fixtures/content');

/** An edit of one fixture file: new text or bytes, a new name, or removal. */
export type Edit = string | Buffer | ((text: string) => string | Buffer) | { renameTo: string } | null;

/** A copy of the fixture content in a folder named `content`, with edits applied; `removeScratch` deletes it. */
export async function fixtureCopy(edits: Record<string, Edit> = {}): Promise<string> {
  const dir = path.join(await scratchDir('fixture'), 'content');
  await cp(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) await rm(target);
    else if (typeof edit === 'function') await writeFile(target, edit(await readFile(target, 'utf8')));
    else if (typeof edit === 'object' && 'renameTo' in edit) await rename(target, path.join(dir, edit.renameTo));
    else await writeFile(target, edit);
  }
  return dir;
}

/** The problems the loader reports for the edited fixture, as `file:line: message — fix`; [] when it loads. */
export async function problems(edits: Record<string, Edit>): Promise<string[]> {
  const error = await loadContent(await fixtureCopy(edits)).then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return [];
  if (error instanceof ContentErrors) return error.errors.map(formatError);
  throw error;
}

/** The 1-based line of the first line of the fixture file that starts with `prefix`. */
export async function lineStarting(file: string, prefix: string): Promise<number> {
  const lines = (await readFile(path.join(FIXTURE, file), 'utf8')).split('\n');
  const index = lines.findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`${file} has no line starting with ${prefix}`);
  return index + 1;
}

/** Inserts lines after the given 1-based line. */
export const insertAfter =
  (line: number, ...inserted: string[]) =>
  (text: string) => {
    const lines = text.split('\n');
    lines.splice(line, 0, ...inserted);
    return lines.join('\n');
  };
