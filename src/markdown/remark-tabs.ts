import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

// Microsoft Learn's tab syntax: a heading `# [C#](#tab/csharp)` starts a tab; `---` ends the group.
const TAB_LINK = /^#tab\/([\w.-]+)$/;

interface Tab {
  id: string;
  label: string;
}

function tabOf(node: RootContent): Tab | null {
  if (node.type !== 'heading' || node.children.length !== 1) return null;
  const [link] = node.children;
  const match = link?.type === 'link' ? TAB_LINK.exec(link.url) : null;
  return match && link?.type === 'link' ? { id: match[1]!, label: toString(link.children) } : null;
}

const element = (hName: string, hProperties: Record<string, unknown>, children: RootContent[]) =>
  ({ type: 'tabs', data: { hName, hProperties }, children }) as unknown as RootContent;

/**
 * Turns each group of tabs into `<acs-tabs>` with one `<section data-tab>` per tab. Every section
 * starts with a heading one level below the surrounding section, so without JavaScript every tab
 * still reads as its own titled part; the `acs-tabs` element turns them into an ARIA tablist.
 */
export function remarkTabs() {
  return transformTabs;
}

function transformTabs(tree: Root): void {
  const output: RootContent[] = [];
  let depth = 1;
  let group: { tab: Tab; nodes: RootContent[] }[] | null = null;
  const close = () => {
    if (!group) return;
    const level = Math.min(depth + 1, 6) as Heading['depth'];
    const panels = group.map(({ tab, nodes }) => {
      const title: Heading = {
        type: 'heading',
        depth: level,
        children: [{ type: 'text', value: tab.label }],
        data: { hProperties: { className: ['tab-title'] } },
      };
      return element('section', { className: ['tab-panel'], dataTab: tab.id, dataLabel: tab.label }, [title, ...nodes]);
    });
    output.push(element('acs-tabs', {}, panels));
    group = null;
  };
  for (const node of tree.children) {
    const tab = tabOf(node);
    if (tab) (group ??= []).push({ tab, nodes: [] });
    else if (group && node.type === 'thematicBreak') close();
    else if (group && node.type === 'heading' && node.depth <= depth) {
      close();
      output.push(node);
    } else if (group) group.at(-1)!.nodes.push(node);
    else output.push(node);
    if (!tab && !group && node.type === 'heading') depth = node.depth;
  }
  close();
  tree.children = output;
}
