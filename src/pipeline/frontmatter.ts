import type { RootContent } from 'mdast';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Fail } from './errors';

/** Parses and validates YAML frontmatter; reports each problem at the line of its key. */
export function readFrontmatter<T extends z.ZodType>(
  node: RootContent | undefined,
  schema: T,
  fail: Fail,
): z.infer<T> | null {
  if (node?.type !== 'yaml') {
    fail(1, 'the file does not start with YAML frontmatter', 'add a block between two "---" lines at the top');
    return null;
  }
  const document = parseDocument(node.value);
  const lineAt = lineInFile(node.value);
  if (document.errors.length > 0) {
    for (const error of document.errors)
      fail(lineAt(error.pos[0]), `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`);
    return null;
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    fail(frontmatterLine(node, path), `frontmatter "${path.join('.')}": ${issue.message}`);
  }
  return null;
}

/** The file line of a frontmatter value (`['tables', 'codes', 'columns']`); its first line when it has none. */
export function frontmatterLine(node: RootContent | undefined, path: (string | number)[]): number {
  if (node?.type !== 'yaml') return 1;
  const key = parseDocument(node.value).getIn(path.map(String), true) as { range?: [number] } | undefined;
  return lineInFile(node.value)(key?.range?.[0]);
}

// The frontmatter starts on the file's second line, after the opening "---".
const lineInFile = (yaml: string) => (offset: number | undefined) =>
  2 + yaml.slice(0, offset ?? 0).split('\n').length - 1;
