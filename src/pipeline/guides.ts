import type { Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { guideSchema } from '../schemas/guide';
import { decodeContent } from './decode';
import { errorCollector, lineOf, type ContentError, type Fail } from './errors';
import { frontmatterLine, readFrontmatter } from './frontmatter';
import { isBreakHtml, linkProblem, SITE_PATH } from './links';
import { parseMarkdown } from './markdown';

/**
 * Components an MDX guide may use, by name: those the guide page passes to `<Content>`. None yet;
 * a component joins this list when the page passes it. Anything else in JSX is raw HTML by
 * another name (`<img onError=…>`), and an expression (`{process.version}`) runs at build time.
 */
export const GUIDE_COMPONENTS: readonly string[] = [];

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * Checks one guide before anything renders it, with the rules of area files: Markdown (or MDX
 * without expressions, imports or components outside the allow-list), no raw HTML, only http(s)
 * links and site paths, tab groups closed, and `lang` matching the folder. Any problem stops the
 * build, so no guide is ever published without its body.
 */
export function checkGuide(
  bytes: Uint8Array,
  file: string,
  folder: string,
  components: readonly string[] = GUIDE_COMPONENTS,
): ContentError[] {
  const { errors, fail } = errorCollector(file);
  const text = decodeContent(bytes, fail);
  if (text === null) return errors;
  const tree = parse(text, file.endsWith('.mdx'), fail);
  if (!tree) return errors;
  const frontmatter = readFrontmatter(tree.children[0], guideSchema, fail);
  if (frontmatter && frontmatter.lang !== folder)
    fail(
      frontmatterLine(tree.children[0], ['lang']),
      `lang "${frontmatter.lang}" does not match the folder ${folder}/ the guide is in`,
      `write lang: ${folder}, or move the file to guides/${frontmatter.lang}/`,
    );
  // The visitor returns nothing: a number it returned would make `visit` jump to that index.
  visit(tree, (node) => {
    checkNode(node, fail, components);
  });
  checkTabGroups(tree.children, fail);
  return errors;
}

function parse(text: string, mdx: boolean, fail: Fail): Root | null {
  if (!mdx) return parseMarkdown(text);
  try {
    return mdxParser.parse(text);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    fail(
      line ?? 1,
      `the MDX cannot be read: ${reason ?? String(error)}`,
      'write Markdown; a brace or "<" is written \\{ or \\<',
    );
    return null;
  }
}

function checkNode(node: Nodes, fail: Fail, components: readonly string[]) {
  const at = lineOf(node);
  switch (node.type) {
    case 'html':
      if (!isBreakHtml(node))
        fail(at, `raw HTML "${node.value.trim().slice(0, 40)}" is not allowed in a guide`, 'write Markdown instead');
      return;
    case 'image':
    case 'imageReference':
      return fail(at, 'images are not allowed in a guide', 'link to the picture instead');
    case 'link':
    case 'definition': {
      if (SITE_PATH.test(node.url) || node.url.startsWith('#')) return;
      const problem = linkProblem(node.url);
      if (problem) fail(at, problem.message, `${problem.fix}, or a site path such as /calling/487/`);
      return;
    }
    case 'mdxjsEsm':
      return fail(at, 'import and export are not allowed in a guide', 'write the text itself');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return fail(
        at,
        `the expression {${node.value.trim().slice(0, 40)}} would run when the site is built`,
        'write the text itself; write \\{ for a brace',
      );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!components.includes(name))
        return fail(
          at,
          `<${name}> is not allowed in a guide (JSX is raw HTML here)`,
          components.length
            ? `write Markdown, or use one of ${components.map((c) => `<${c}>`).join(', ')}`
            : 'write Markdown; guides use no components',
        );
      if (node.attributes.some((a) => a.type === 'mdxJsxExpressionAttribute' || typeof a.value !== 'string'))
        fail(at, `an attribute of <${name}> is an expression`, 'give each attribute a quoted text value');
      return;
    }
  }
}

// Microsoft Learn's tab syntax, as src/markdown/remark-tabs reads it: `# [C#](#tab/csharp)`.
const isTab = (node: RootContent) =>
  node.type === 'heading' &&
  node.children.length === 1 &&
  node.children[0]!.type === 'link' &&
  /^#tab\/[\w.-]+$/.test(node.children[0]!.url);

/**
 * A tab group ends with `---`. Left open, everything up to the next heading of its section would
 * sit in the last tab and be hidden whenever another tab is chosen.
 */
function checkTabGroups(nodes: RootContent[], fail: Fail) {
  let open: number | null = null;
  let depth = 1;
  const fix = 'end the group with a line "---" after its last tab, with a blank line before it';
  for (const node of nodes) {
    const tab = isTab(node);
    if (tab) open ??= lineOf(node);
    else if (open !== null && node.type === 'thematicBreak') open = null;
    else if (open !== null && node.type === 'heading' && node.depth <= depth) {
      fail(lineOf(node), `the tab group that starts at line ${open} is still open at this heading`, fix);
      open = null;
    }
    if (open === null && node.type === 'heading' && !tab) depth = node.depth;
  }
  if (open !== null) fail(open, 'this tab group is never closed', fix);
}
