import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatError, parseArea, type ContentError, type ParsedArea } from './parse-area';
import { assignUrls } from './routes';
import type { CodeRecord } from './schema';

export interface Content {
  areas: Omit<ParsedArea, 'records'>[];
  records: CodeRecord[];
}

/** Thrown with every problem of every file at once, so one build run shows them all. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`Content has ${errors.length} problem(s):\n${errors.map(formatError).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

export async function loadContent(dir: string): Promise<Content> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const parsed = await Promise.all(
    files.map(async (f) => parseArea(await readFile(path.join(dir, f), 'utf8'), path.join(path.basename(dir), f))),
  );
  const errors = parsed.flatMap((p) => p.errors);
  const areas = parsed.flatMap((p) => (p.area ? [p.area] : []));
  const routed = assignUrls(areas.flatMap((a) => a.records));
  for (const { url, records } of routed.collisions) {
    const [first, ...rest] = records;
    for (const r of rest) {
      errors.push({
        file: r.file,
        line: r.line,
        message: `URL ${url} is already taken by line ${first!.line} of ${first!.file}; give one of the tables a "route" in the frontmatter`,
      });
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  areas.sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
  return { areas: areas.map(({ records: _, ...area }) => area), records: routed.records };
}
