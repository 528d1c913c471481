// Content written before the frontmatter declared its tables' columns (the catalogue of issue 18)
// declares them here as they stood, each table's own header under `tables.<id>.columns`, so that
// today's build reads it unchanged.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { parseDocument } from 'yaml';

const cells = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** The id and header of each table of an area file, named as the build names them (src/pipeline/outline.ts). */
function tables(lines) {
  const slugger = new GithubSlugger();
  const found = [];
  let heading = null;
  for (let i = 0; i < lines.length; i++) {
    const title = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[i])?.[1];
    if (title !== undefined) heading = { title, id: slugger.slug(title), tables: 0 };
    else if (heading && lines[i].startsWith('|') && /^\|\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      found.push({ id: heading.tables++ > 0 ? slugger.slug(heading.title) : heading.id, labels: cells(lines[i]) });
      i++;
    }
  }
  return found;
}

export async function declareColumns(dir) {
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.md'))) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    if (/^columns:/m.test(text)) continue;
    const lines = text.split('\n');
    const end = lines.indexOf('---', 1);
    const frontmatter = parseDocument(lines.slice(1, end).join('\n'));
    for (const { id, labels } of tables(lines.slice(end + 1)))
      frontmatter.setIn(['tables', id, 'columns'], frontmatter.createNode(labels, { flow: true }));
    await writeFile(file, ['---', frontmatter.toString().trimEnd(), ...lines.slice(end)].join('\n'));
  }
}
