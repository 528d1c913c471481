import { escapeText } from './cells';
import type { AreaFile } from './area-file';
import { textOf } from '../pipeline/render';
import type { TeamsRow } from './teams-rows';
import { TEAMS_TABLE } from './teams-table';

/** The file the import writes the Teams pairs into when no content table imports them yet. */
export const TEAMS_AREA_FILE = 'direct-routing.md';
const ELSEWHERE = 'Pairs documented in other areas';

/**
 * A new Direct Routing area: what it is, where its numbers appear, the licence of Microsoft's text,
 * and an empty table that the import fills. A maintainer may reword any of it; the import keeps it.
 */
export const TEAMS_AREA = `---
title: Teams Direct Routing
navTitle: Direct Routing
description: The SIP response and Microsoft response code pairs of Teams Direct Routing calls, with Microsoft's suggested actions.
order: 6
appearsIn:
  - field: SIP response code
    description: "\`CallEndReason\` of a Teams Direct Routing call, as the Teams admin center and the PSTN Quality of Experience Report show it: the **Code** here. Not the Calling SDK's \`callEndReason\`."
  - field: Microsoft response code
    description: "\`CallEndSubReason\`, which goes with it: the **Subcode** here."
supportIds:
  - "The SIP call ID and the Session Border Controller's trace of the call"
  - "CallEndReason and CallEndSubReason of the call, with its time"
carrierDetails: "The code is the SIP response that ended the call, the subcode Microsoft's response code. Microsoft's Teams overview says that a Microsoft response code starting with 560 means your Session Border Controller gave the final SIP response, so its logs come first; any other code means a Microsoft service gave it. Microsoft's article on ACS PSTN call failures says the same of 540 for inbound calls. Each record links its [SIP response](/sip/) and the Q.850 causes this site's SIP table gives for it; Microsoft says Direct Routing maps SIP responses to Q.850 causes as NICC ND1017 does, not as RFC 4497, so the cause a carrier sees can differ."
sources: []
tables:
  sip-responses-and-microsoft-response-codes:
    columns: [Code, Subcode, Message, Advice, SIP responses, Q.850 causes, Note, Listed in, Earlier wording]
    upstream:
      - table: ${TEAMS_TABLE}
---

Microsoft documents these codes in its Microsoft Teams troubleshooting articles “SIP NNN and Microsoft response codes”, one article per SIP response, for calls that Teams Direct Routing connects through your Session Border Controller. The messages (the phrase of each entry's heading) and the suggested actions are Microsoft's text, © Microsoft, from the MicrosoftDocs/SupportArticles-docs repository, used under the [Creative Commons Attribution 4.0 licence](https://creativecommons.org/licenses/by/4.0/); each record names its article and the article's date. This site changed only the layout: a pair that Microsoft describes in several entries is one record that lists every phrase and groups the suggested actions under the phrases they belong to, and a note flags where an article disagrees with itself.

Several of the articles carry Microsoft's note: “The guidance in this article is intended for Microsoft Teams Direct Routing PSTN calls. It doesn't apply to Microsoft Calling Plan deployments or Operator Connect deployments.”

## SIP responses and Microsoft response codes

| Code | Subcode | Message | Advice | SIP responses | Q.850 causes | Note | Listed in | Earlier wording |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |

## ${ELSEWHERE}
`;

/** The lines under the heading that lists the Teams pairs other areas document, each linking its number page. */
export function elsewhereLines(joined: TeamsRow[]): string[] {
  const items = [...joined]
    .sort((a, b) => a.sip - b.sip || a.microsoft - b.microsoft)
    .map((r) => `- [${r.sip}/${r.microsoft}](/${r.microsoft}/): ${escapeText(r.source.title)}`);
  return [
    '',
    items.length
      ? "Microsoft's Teams articles list these pairs too. Each already had a page here, which now shows the Teams text next to its own and lists the Teams article among its sources:"
      : 'None: no other area documents a pair of the Teams articles.',
    ...(items.length ? ['', ...items] : []),
  ];
}

/** Rewrites the section that lists the pairs documented elsewhere; adds it at the end when missing. */
export function updateElsewhere(area: AreaFile, joined: TeamsRow[]): void {
  const children = area.tree.children;
  const at = children.findIndex((n) => n.type === 'heading' && textOf(n.children).trim() === ELSEWHERE);
  const lines = elsewhereLines(joined);
  if (at < 0) {
    const end = area.lines.length;
    area.replacements.push({ start: end + 1, end, lines: ['', `## ${ELSEWHERE}`, ...lines, ''] });
    return;
  }
  const heading = children[at]!.position!.start.line;
  const next = children.slice(at + 1).find((n) => n.type === 'heading');
  const end = next ? next.position!.start.line - 1 : area.lines.length;
  area.replacements.push({ start: heading + 1, end, lines: [...lines, ''] });
}
