import type { CodeRecord } from '../schemas/record';

interface Indexed {
  records: CodeRecord[];
  byNumber: Map<number, CodeRecord[]>;
}

/**
 * Records in other code spaces that stand for the same outcome, both ways: a SIP row lists the ACS
 * subcodes and Q.850 causes it corresponds to; an ACS record finds the SIP rows that list its subcode.
 */
export function correspondents(record: CodeRecord, site: Indexed): CodeRecord[] {
  const carrying = (n: number, space: CodeRecord['codeSpace'], pick: (r: CodeRecord) => number | null) =>
    (site.byNumber.get(n) ?? []).filter((r) => r.codeSpace === space && pick(r) === n);
  const { acsSubcodes, sip, q850 } = record.corresponds;
  const forward = [
    ...acsSubcodes.flatMap((n) => carrying(n, 'acs', (r) => r.subcode)),
    ...sip.flatMap((n) => carrying(n, 'sip', (r) => r.code)),
    ...q850.flatMap((n) => carrying(n, 'q850', (r) => r.code)),
  ];
  const backward = [record.code, record.subcode]
    .filter((n) => n !== null)
    .flatMap((n) => site.byNumber.get(n) ?? [])
    .filter((r) => r.codeSpace !== record.codeSpace && pointsAt(r, record));
  return [...new Set([...forward, ...backward])].filter((r) => r !== record);
}

function pointsAt(from: CodeRecord, to: CodeRecord): boolean {
  const { acsSubcodes, sip, q850 } = from.corresponds;
  if (to.codeSpace === 'acs') return to.subcode !== null && acsSubcodes.includes(to.subcode);
  return to.code !== null && (to.codeSpace === 'sip' ? sip : q850).includes(to.code);
}
