import type { RootContent } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Fail } from './content-errors';
import { areaFrontmatterSchema, type AreaFrontmatter, type Source } from './schema';

export function readFrontmatter(node: RootContent | undefined, fail: Fail): AreaFrontmatter | null {
  if (node?.type !== 'yaml') {
    fail(1, 'the file must start with YAML frontmatter between "---" lines');
    return null;
  }
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    fail(1, `frontmatter is not valid YAML: ${(error as Error).message}`);
    return null;
  }
  const result = areaFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) fail(1, `frontmatter "${issue.path.join('.')}": ${issue.message}`);
  return null;
}

/** The sources a table names in the frontmatter, or all of the area's. */
export function tableSources(
  frontmatter: AreaFrontmatter,
  ids: string[] | undefined,
  fail: (m: string) => void,
): Source[] {
  if (!ids) return frontmatter.sources;
  return ids.flatMap((id) => {
    const source = frontmatter.sources.find((s) => s.id === id);
    if (!source) fail(`table source "${id}" is not among the frontmatter sources`);
    return source ? [source] : [];
  });
}
