import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { addSources, readAreaFile, writeAreaFile, type AreaFile } from './area-file';
import type { MergeState } from './merge';
import { ImportError, type Problems } from './problems';
import type { AreaReport } from './report';
import { shown } from './shown';
import type { Placement } from './versions';

/** One content file during an import: its text as read, and as it is being edited. */
export interface Content {
  path: string;
  original: string | null;
  area: AreaFile;
  report: AreaReport;
}

/** Every area file of the content folder, read for editing. */
export async function readContent(dir: string, problems: Problems): Promise<Content[]> {
  if (!existsSync(dir) || !(await stat(dir)).isDirectory())
    throw new ImportError([
      { file: dir, message: 'the content folder does not exist', fix: 'give --content the folder of the area files' },
    ]);
  const names = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const contents: Content[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    const area = readAreaFile(text, shown(file));
    if (area) contents.push(contentOf(file, text, area));
    else
      problems.add({
        file: shown(file),
        line: 1,
        message: 'an area file without frontmatter',
        fix: 'start it with ---',
      });
  }
  return contents;
}

export const contentOf = (file: string, text: string | null, area: AreaFile): Content => ({
  path: file,
  original: text,
  area,
  report: { file: area.file, changed: false, created: text === null, changes: [], leftAlone: [], touched: false },
});

/** After one pass over an area: its new sources in its frontmatter, and its text read back for the next pass. */
export function finish(content: Content, state: MergeState, placements: Map<string, Placement>) {
  addSources(content.area, [...state.used].map((id) => placements.get(id)!).filter(Boolean));
  const text = writeAreaFile(content.area);
  // Parsing is most of an import's time: an area the pass left as it was is not read again.
  if (text === content.area.lines.join('\n')) content.area.replacements = [];
  else content.area = readAreaFile(text, content.area.file)!;
}
