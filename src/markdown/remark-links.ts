import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isBreakHtml, linkProblem, SITE_PATH } from '../pipeline/links';
import { withBase } from '../routing/base';

/**
 * Guides link out with absolute http(s) addresses and to this site's pages with root-relative
 * paths, which get the base path. Anything else (a relative path, `javascript:`, raw HTML, an
 * image from elsewhere) stops the build at its file and line.
 */
export function remarkLinks(options: { base: string }) {
  return (tree: Root, file: VFile) => {
    // The message itself names file and line, as content errors do: a build log shows it as it is.
    const where = path.relative(process.cwd(), file.path || 'guide');
    const fail = (node: Nodes, message: string) =>
      file.fail(`${where}:${node.position?.start.line ?? 1}: ${message}`, node);
    visit(tree, (node) => {
      if (node.type === 'html' && !isBreakHtml(node))
        fail(node, `raw HTML "${node.value.trim().slice(0, 40)}" is not allowed — write Markdown instead`);
      if (node.type === 'image' || node.type === 'imageReference')
        fail(node, 'images are not allowed — link to the picture instead');
      if (node.type !== 'link' && node.type !== 'definition') return;
      if (SITE_PATH.test(node.url)) node.url = withBase(node.url, options.base);
      else if (!node.url.startsWith('#')) {
        const problem = linkProblem(node.url);
        if (problem) fail(node, `${problem.message} — ${problem.fix}, or a site path such as /calling/487/`);
      }
    });
  };
}
