import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.json': 'application/json' };

/**
 * JSON travels gzipped inside the bundle and the worker unzips a file when it reads it: hosts send
 * `.bin` files as they are, and the lookup's shards and the code pages' data are mostly repeated text.
 * (Pagefind's files are compressed already.) Node writes no timestamp into gzip: builds stay identical.
 */
const zipped = (file: string) => path.extname(file) === '.json';

/**
 * Packs files into one: a 4-byte header length, a JSON header `[{ path, type, start, end, gzip }]`,
 * then the bytes.
 */
export async function makeBundle(out: string, files: string[], base: string) {
  // A few dozen reads at a time: tens of thousands at once run out of file descriptors.
  const contents: Buffer[] = [];
  for (let i = 0; i < files.length; i += 64)
    contents.push(
      ...(await Promise.all(
        files.slice(i, i + 64).map(async (f) => {
          const bytes = await readFile(path.join(out, f));
          return zipped(f) ? gzipSync(bytes, { level: 9 }) : bytes;
        }),
      )),
    );
  let offset = 0;
  const header = files.map((file, i) => {
    const start = offset;
    offset += contents[i]!.length;
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return { path: base + file, type, start, end: offset, ...(zipped(file) ? { gzip: true } : {}) };
  });
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const bytes = Buffer.concat([length, headerBytes, ...contents]);
  return { bytes, count: files.length, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
}
