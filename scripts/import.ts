// npm run import -- <path>: brings the newest upstream code tables into content/.
// <path> is a checkout of MicrosoftDocs/azure-docs, the troubleshooting-codes article, or a folder
// of its include files. Prints what changed; running it again changes nothing.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importArea } from '../src/importer/area-file';
import { readUpstream } from '../src/importer/read';
import { formatReport } from '../src/importer/report';
import { upstreamTables } from '../src/importer/tables';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { content: { type: 'string', default: 'content' } } });
if (positionals.length !== 1) {
  console.error('usage: npm run import -- <azure-docs checkout | article file | folder of include files> [--content dir]');
  process.exit(2);
}
const upstream = await readUpstream(positionals[0]!);
const { tables, skipped } = upstreamTables(upstream.tree);
const source = { id: `learn-${upstream.date}`, title: upstream.title, url: upstream.url, date: upstream.date };
const areas = [];
const used = new Set<string>();
for (const name of (await readdir(values.content)).filter((f) => f.endsWith('.md')).sort()) {
  const file = path.join(values.content, name);
  const before = await readFile(file, 'utf8');
  const result = importArea(before, file, tables, source);
  result.used.forEach((t) => used.add(t));
  if (result.text !== before) await writeFile(file, result.text);
  if (result.used.length > 0) areas.push({ file, changed: result.text !== before, changes: result.changes });
}
console.log(formatReport({ upstream, source, areas, skipped, unused: tables.filter((t) => !used.has(t.slug)).map((t) => t.title) }));
