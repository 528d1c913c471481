import type { CodeRecord } from '../schemas/record';

type Space = CodeRecord['codeSpace'];
const key = (space: Space, n: number) => `${space}:${n}`;
/** The number a record is known by in its code space: an ACS subcode, a SIP response, a Q.850 cause. */
const ownNumber = (r: CodeRecord) => (r.codeSpace === 'acs' ? r.subcode : r.code);
const pointers = (r: CodeRecord) => [
  ...r.corresponds.acsSubcodes.map((n) => key('acs', n)),
  ...r.corresponds.sip.map((n) => key('sip', n)),
  ...r.corresponds.q850.map((n) => key('q850', n)),
];

/**
 * Records in other code spaces that stand for the same outcome, both ways: a SIP row lists the ACS
 * subcodes and Q.850 causes it corresponds to; an ACS record finds the SIP rows that list its subcode.
 * Both directions come from indexes built once, so a page's work does not grow with the catalogue.
 */
export function correspondenceIndex(records: CodeRecord[]): (record: CodeRecord) => CodeRecord[] {
  const carrying = new Map<string, CodeRecord[]>();
  const pointingAt = new Map<string, CodeRecord[]>();
  const add = (index: Map<string, CodeRecord[]>, k: string, r: CodeRecord) => {
    const list = index.get(k);
    if (list) list.push(r);
    else index.set(k, [r]);
  };
  for (const r of records) {
    const own = ownNumber(r);
    if (own !== null) add(carrying, key(r.codeSpace, own), r);
    for (const k of new Set(pointers(r))) add(pointingAt, k, r);
  }
  return (record) => {
    const forward = pointers(record).flatMap((k) => carrying.get(k) ?? []);
    const own = ownNumber(record);
    const backward = own === null ? [] : (pointingAt.get(key(record.codeSpace, own)) ?? []);
    return [...new Set([...forward, ...backward])].filter((r) => r !== record && r.codeSpace !== record.codeSpace);
  };
}
