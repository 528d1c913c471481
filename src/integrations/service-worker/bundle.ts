import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = { '.json': 'application/json' };

/** Packs files into one: a 4-byte header length, a JSON header `[{ path, type, start, end }]`, then the bytes. */
export async function makeBundle(out: string, files: string[], base: string) {
  // A few dozen reads at a time: tens of thousands at once run out of file descriptors.
  const contents: Buffer[] = [];
  for (let i = 0; i < files.length; i += 64)
    contents.push(...(await Promise.all(files.slice(i, i + 64).map((f) => readFile(path.join(out, f))))));
  let offset = 0;
  const header = files.map((file, i) => {
    const start = offset;
    offset += contents[i]!.length;
    return { path: base + file, type: TYPES[path.extname(file)] ?? 'application/octet-stream', start, end: offset };
  });
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const bytes = Buffer.concat([length, headerBytes, ...contents]);
  return { bytes, count: files.length, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
}
