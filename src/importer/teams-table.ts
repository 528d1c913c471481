import { mapColumns } from '../pipeline/columns';
import { tablesOf, type AreaFile } from './area-file';
import { readTable } from './our-table';
import type { UpstreamTable } from './tables';
import type { TeamsRow } from './teams-rows';

/** The name content gives the Teams pages' entries in `tables.<id>.upstream`: the overview page's file name. */
export const TEAMS_TABLE = 'microsoft-sip-response-codes';

const LABELS = ['Code', 'Subcode', 'Message', 'Advice', 'SIP responses', 'Q.850 causes', 'Note'];

/**
 * The Teams pairs that no other table documents, as one upstream table: the SIP response is the
 * code, Microsoft's response code the subcode. Each row links its SIP response and the Q.850 causes
 * that content's SIP table gives for it, so the record links both.
 */
export function teamsTable(rows: TeamsRow[], q850: Map<number, string>): UpstreamTable {
  const [first] = rows.flatMap((r) => r.entries);
  return {
    slug: TEAMS_TABLE,
    title: 'SIP NNN and Microsoft response codes',
    labels: LABELS,
    fields: mapColumns(LABELS).fields,
    file: first?.file ?? '',
    line: first?.line ?? 0,
    held: first?.held ?? '',
    rows: rows.map((row) => {
      const [entry] = row.entries;
      const values = [row.sip, row.microsoft, row.message, row.advice, row.sip, q850.get(row.sip) ?? '', row.note];
      return {
        cells: new Map(LABELS.map((label, i) => [label, String(values[i])])),
        codes: [row.sip],
        subcodes: [row.microsoft],
        file: entry!.file,
        line: entry!.line,
        held: entry!.held,
        source: row.source,
      };
    }),
  };
}

/** The `Q.850 causes` cell of each SIP response, from content's SIP table (the area whose codeSpace is sip). */
export function sipCauses(areas: AreaFile[]): Map<number, string> {
  const causes = new Map<number, string>();
  for (const area of areas.filter((a) => a.codeSpace === 'sip'))
    for (const { node } of tablesOf(area)) {
      const table = readTable(node);
      const label = table.labels.find((l) => mapColumns([l]).fields[0] === 'q850');
      if (!label) continue;
      for (const row of table.rows) {
        const code = Number(row.numbers.split('/')[0]);
        if (row.numbers.split('/')[0] && !causes.has(code)) causes.set(code, row.cells.get(label) ?? '');
      }
    }
  return causes;
}
