import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Test files make many temporary folders (a whole build each, in astro-build); left behind,
// they filled /tmp by gigabytes over a day of test runs.
const made: string[] = [];

/** A new empty folder under the system's temporary folder; `removeScratch` deletes it. */
export async function scratchDir(purpose: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `acs-${purpose}-`));
  made.push(dir);
  return dir;
}

/** Deletes every folder `scratchDir` made in this test file: pass it to `afterAll`. */
export async function removeScratch(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
