import type { Table } from 'mdast';
import { parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { TableSettings } from '../schemas/area';
import type { Source } from '../schemas/source';
import { parseMarkdown } from '../pipeline/markdown';
import { Outline } from '../pipeline/outline';
import { textOf } from '../pipeline/render';
import { mergeTable, type Change, type MergeState } from './merge';
import type { UpstreamTable } from './tables';

export interface AreaImport {
  text: string;
  changes: Change[];
  /** Upstream tables this area reads. */
  used: string[];
}

/**
 * Imports the upstream tables an area file asks for (`tables.<id>.upstream` in its frontmatter)
 * and adds the new source version to its frontmatter. Everything else in the file stays as it is.
 */
export function importArea(text: string, file: string, upstream: UpstreamTable[], source: Source): AreaImport {
  const tree = parseMarkdown(text);
  const yaml = tree.children[0];
  if (yaml?.type !== 'yaml') return { text, changes: [], used: [] };
  const document = parseDocument(yaml.value);
  const settings = ((document.toJS() as { tables?: Record<string, TableSettings> }).tables ?? {}) as Record<
    string,
    TableSettings
  >;
  if (!Object.values(settings).some((s) => s.upstream)) return { text, changes: [], used: [] };
  const sources = (document.get('sources') as YAMLSeq<YAMLMap>).items.map((item) => item.toJSON() as Source);
  const previous = sources.filter((s) => s.url === source.url && s.id !== source.id).at(-1)?.id ?? null;
  const fresh = !sources.some((s) => s.id === source.id);
  const state: MergeState = { sourceId: source.id, previous, fresh, placed: new Map(), changes: [] };
  const lines = text.split('\n');
  const replacements: { start: number; end: number; lines: string[] }[] = [];
  const outline = new Outline();
  const used: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') outline.heading(textOf(node.children).trim());
    if (node.type !== 'table') continue;
    const name = outline.table();
    const wanted = name && settings[name.slug]?.upstream;
    if (!wanted) continue;
    const feeds = wanted.map(({ table, rows = 'all' }) => {
      const found = upstream.find((t) => t.slug === table);
      if (!found)
        throw new Error(
          `${file}: tables.${name.slug}.upstream names "${table}", which the upstream document does not have (it has ${upstream.map((t) => t.slug).join(', ')})`,
        );
      used.push(table);
      return {
        table: found,
        rows: found.rows.filter((r) => rows === 'all' || (rows === 'code-only') === (r.subcodes.length === 0)),
      };
    });
    replacements.push({
      start: node.position!.start.line,
      end: node.position!.end.line,
      lines: mergeTable(node as Table, feeds, state),
    });
  }
  for (const r of replacements.reverse()) lines.splice(r.start - 1, r.end - r.start + 1, ...r.lines);
  if (fresh) {
    const node = document.createNode({ ...source, ...(previous ? { follows: previous } : {}) }) as YAMLMap;
    // Dates stay strings for every YAML reader, as the hand-written sources quote them.
    (node.get('date', true) as Scalar).type = Scalar.QUOTE_DOUBLE;
    (document.get('sources') as YAMLSeq).add(node);
  }
  const body = lines.slice(yaml.position!.end.line).join('\n');
  return { text: `---\n${document.toString({ lineWidth: 0 })}---\n${body}`, changes: state.changes, used };
}
