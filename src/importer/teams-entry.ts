import type { List, Nodes, PhrasingContent, RootContent } from 'mdast';
import { textOf } from '../pipeline/render';
import type { Source } from '../schemas/source';
import { escapeText } from './cells';
import type { TeamsEntry } from './teams';
import { actionLines } from './teams-actions';

export type Fail = (node: Nodes, message: string) => void;
export interface Bullets {
  microsoft: number;
  sip: number;
  actions: string[];
}

/** The three bullets of an entry: Microsoft response code, SIP response code, Suggested actions. */
export function readBullets(list: List | null, heading: Nodes, fail: Fail): Bullets | null {
  if (!list) return (fail(heading, 'an entry without its bullets'), null);
  const [ms, sip, actions, ...more] = list.children;
  const number = (item: typeof ms, label: string) => {
    const said = item ? textOf(item.children).trim() : '';
    const match = new RegExp(`^${label}:\\s*(\\d+)$`).exec(said);
    if (!match) fail(item ?? list, `expected the bullet "${label}: <number>"`);
    return match ? Number(match[1]) : null;
  };
  const [microsoft, sipCode] = [number(ms, 'Microsoft response code'), number(sip, 'SIP response code')];
  const first = actions?.children[0];
  const lead = first?.type === 'paragraph' ? first.children : [];
  if (!actions || !/^Suggested actions:/.test(textOf(lead as RootContent[]).trim()))
    return (fail(actions ?? list, 'expected the bullet "Suggested actions:"'), null);
  for (const extra of more) fail(extra, 'a bullet after "Suggested actions", which the import does not know');
  const rest = dropLabel(lead as PhrasingContent[]);
  const read = actionLines([
    ...(rest.length ? [{ type: 'paragraph' as const, children: rest }] : []),
    ...actions.children.slice(1),
  ]);
  if ('unreadable' in read)
    return (
      fail(read.unreadable, `a ${read.unreadable.type} in the suggested actions, which a table cell cannot hold`),
      null
    );
  if (read.lines.length === 0) return (fail(actions, 'no suggested action'), null);
  return microsoft === null || sipCode === null || more.length
    ? null
    : { microsoft, sip: sipCode, actions: read.lines };
}

/** The phrasing after "Suggested actions:", with the line break that follows it. */
function dropLabel(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  if (first?.type !== 'text') return nodes;
  const value = first.value.replace(/^Suggested actions:\s*/, '');
  const kept = value ? [{ ...first, value }, ...rest] : rest;
  while (kept[0]?.type === 'break') kept.shift();
  return kept;
}

export function entryOf(
  entry: { heading: Nodes; numbers: [number, number]; phrase: string },
  bullets: Bullets,
  at: { file: string; held: string; source: Source },
): TeamsEntry {
  const [headingMs, headingSip] = entry.numbers;
  const notes = [
    ...(headingMs !== bullets.microsoft
      ? [
          `Microsoft's entry headed “${headingMs} ${headingSip} ${entry.phrase}” gives Microsoft response code ${bullets.microsoft} in its bullet; the heading says ${headingMs}. This site files the entry under ${bullets.microsoft}, as the bullet says.`,
        ]
      : []),
    ...(headingSip !== bullets.sip
      ? [
          `Microsoft's entry headed “${headingMs} ${headingSip} ${entry.phrase}” gives SIP response code ${bullets.sip} in its bullet; the heading says ${headingSip}. This site files the entry under ${bullets.sip}, as the bullet says.`,
        ]
      : []),
  ];
  return {
    file: at.file,
    line: entry.heading.position?.start.line ?? 1,
    held: at.held,
    sip: bullets.sip,
    microsoft: bullets.microsoft,
    phrase: escapeText(entry.phrase),
    actions: bullets.actions,
    notes,
    source: at.source,
  };
}
