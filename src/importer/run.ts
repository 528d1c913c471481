import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { importArea } from './area-file';
import { readUpstream } from './read';
import { formatReport } from './report';
import { upstreamTables } from './tables';

/** Imports the upstream tables at `input` into the area files of `contentDir`; returns the change report. */
export async function runImport(input: string, contentDir: string): Promise<string> {
  const upstream = await readUpstream(input);
  const { tables, skipped } = upstreamTables(upstream.tree);
  const source = { id: `learn-${upstream.date}`, title: upstream.title, url: upstream.url, date: upstream.date };
  const areas = [];
  const used = new Set<string>();
  for (const name of (await readdir(contentDir)).filter((f) => f.endsWith('.md')).sort()) {
    const file = path.join(contentDir, name);
    const before = await readFile(file, 'utf8');
    const result = importArea(before, file, tables, source);
    result.used.forEach((t) => used.add(t));
    if (result.text !== before) await writeFile(file, result.text);
    if (result.used.length > 0) areas.push({ file, changed: result.text !== before, changes: result.changes });
  }
  const unused = tables.filter((t) => !used.has(t.slug)).map((t) => t.title);
  return formatReport({ upstream, source, areas, skipped, unused });
}
