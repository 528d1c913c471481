// The peer catalogue is content from an older commit. Its general guidance predates declared intents:
// each plain text becomes { text, intents: [] }, which says nothing the build could find opposite.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, parseDocument } from 'yaml';

const declared = (text) => (typeof text === 'string' ? { text, intents: [] } : text);

function upgradeFrontmatter(data) {
  if (data.classes) data.classes = Object.fromEntries(Object.entries(data.classes).map(([k, v]) => [k, declared(v)]));
  if (data.categories)
    data.categories = Object.fromEntries(
      Object.entries(data.categories).map(([k, v]) => [
        k,
        { meaning: declared(v.meaning), action: declared(v.action) },
      ]),
    );
  return data;
}

/** Rewrites the frontmatter of every area file and of `shared/categories.md` under `dir` in the current format. */
export async function upgradeContent(dir) {
  const files = [
    ...(await readdir(dir)).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f)),
    path.join(dir, 'shared', 'categories.md'),
  ];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => null);
    const match = text && /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!match) continue;
    const data = upgradeFrontmatter(parseDocument(match[1]).toJS());
    const yaml = new Document(data).toString({ lineWidth: 0 });
    await writeFile(file, `---\n${yaml}---\n${text.slice(match[0].length)}`);
  }
}
