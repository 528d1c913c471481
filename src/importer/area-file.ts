import type { Root, Table } from 'mdast';
import { Document, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { TableSettings } from '../schemas/area';
import type { Source } from '../schemas/source';
import { parseMarkdown } from '../pipeline/markdown';
import { Outline } from '../pipeline/outline';
import { textOf } from '../pipeline/render';
import type { Placement } from './versions';

/** An area file as the import edits it: its frontmatter as a YAML document, its body as lines. */
export interface AreaFile {
  file: string;
  tree: Root;
  document: Document;
  settings: Record<string, TableSettings>;
  sources: Source[];
  codeSpace: string;
  lines: string[];
  /** Where the frontmatter ends: the body starts on the next line. */
  bodyStart: number;
  replacements: { start: number; end: number; lines: string[] }[];
  /** Whether `sources` grew or a table's columns changed: only then is the frontmatter written anew. */
  frontmatterChanged: boolean;
}

export function readAreaFile(text: string, file: string): AreaFile | null {
  const tree = parseMarkdown(text);
  const yaml = tree.children[0];
  if (yaml?.type !== 'yaml') return null;
  const document = parseDocument(yaml.value);
  const data = document.toJS() as { tables?: Record<string, TableSettings>; codeSpace?: string };
  const sources = ((document.get('sources') as YAMLSeq<YAMLMap> | undefined)?.items ?? []).map(
    (item) => item.toJSON() as Source,
  );
  return {
    file,
    tree,
    document,
    settings: data.tables ?? {},
    sources,
    codeSpace: data.codeSpace ?? 'acs',
    lines: text.split('\n'),
    bodyStart: yaml.position!.end.line,
    replacements: [],
    frontmatterChanged: false,
  };
}

/** Every table of the body with the id content/ gives it (the slug of its heading). */
export function tablesOf(area: AreaFile): { slug: string; title: string; node: Table }[] {
  const outline = new Outline();
  const found: { slug: string; title: string; node: Table }[] = [];
  for (const node of area.tree.children) {
    if (node.type === 'heading') outline.heading(textOf(node.children).trim());
    if (node.type !== 'table') continue;
    const name = outline.table();
    if (name) found.push({ slug: name.slug, title: name.title, node });
  }
  return found;
}

export function replaceTable(area: AreaFile, node: Table, lines: string[]): void {
  area.replacements.push({ start: node.position!.start.line, end: node.position!.end.line, lines });
}

/** Adds the versions this area lists for the first time to its `sources`, each after the one it follows. */
export function addSources(area: AreaFile, placements: Placement[]): void {
  const byDate = [...placements].sort(
    (a, b) => (a.source.date ?? '').localeCompare(b.source.date ?? '') || a.source.id.localeCompare(b.source.id),
  );
  for (const { source } of byDate) {
    if (area.sources.some((s) => s.id === source.id)) continue;
    const node = area.document.createNode(source) as YAMLMap;
    // Dates stay strings for every YAML reader, as the hand-written sources quote them.
    (node.get('date', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
    const list = area.document.get('sources') as YAMLSeq;
    // A new area starts with `sources: []`; its list is written as a block like every other.
    list.flow = false;
    list.add(node);
    area.sources.push(source);
    area.frontmatterChanged = true;
  }
}

/**
 * Declares a table's columns in `tables.<slug>.columns`, as content/ requires of every table
 * (`src/pipeline/columns.ts`), when they differ from what the frontmatter declares for it now.
 */
export function declareColumns(area: AreaFile, slug: string, labels: string[]): void {
  const declared = area.settings[slug]?.columns ?? (area.document.toJS() as { columns?: string[] }).columns;
  if (declared && declared.length === labels.length && labels.every((l) => declared.includes(l))) return;
  area.document.setIn(['tables', slug, 'columns'], area.document.createNode(labels, { flow: true }));
  area.settings[slug] = { ...area.settings[slug], columns: labels };
  area.frontmatterChanged = true;
}

/** The file with its tables replaced and its frontmatter rewritten; unchanged text stays byte for byte. */
export function writeAreaFile(area: AreaFile): string {
  const lines = [...area.lines];
  for (const r of [...area.replacements].sort((a, b) => b.start - a.start))
    lines.splice(r.start - 1, r.end - r.start + 1, ...r.lines);
  if (!area.frontmatterChanged) return lines.join('\n');
  const body = lines.slice(area.bodyStart).join('\n');
  return `---\n${area.document.toString({ lineWidth: 0 })}---\n${body}`;
}
