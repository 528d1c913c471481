import { describe, expect, test } from 'vitest';
import { correspondenceIndex } from '../../../src/records/correspondence';
import type { CodeRecord } from '../../../src/schemas/record';
import { record } from '../matcher/entries';

const none = { acsSubcodes: [], sip: [], q850: [] };
const sip = (code: number, corresponds: Partial<CodeRecord['corresponds']>) =>
  record('sip', code, null, `SIP ${code}`, { codeSpace: 'sip', corresponds: { ...none, ...corresponds } });
const q850 = (code: number) => record('q850', code, null, `cause ${code}`, { codeSpace: 'q850' });

describe('correspondenceIndex', () => {
  const busyAcs = record('pstn', 486, 560486, 'busy');
  const otherCodeAcs = record('pstn', 500, 560503, 'unavailable, under another code');
  const busySip = sip(486, { acsSubcodes: [560486], q850: [17] });
  const unavailableSip = sip(503, { acsSubcodes: [560503] });
  const busyCause = q850(17);
  const unrelated = record('pstn', 486, 10003, 'same code, no correspondence');
  const lookup = correspondenceIndex([busyAcs, otherCodeAcs, busySip, unavailableSip, busyCause, unrelated]);
  const messages = (r: CodeRecord) => lookup(r).map((x) => x.message);

  test('a SIP row finds the ACS subcodes and Q.850 causes it lists', () => {
    expect(messages(busySip)).toEqual(['busy', 'cause 17']);
  });

  test('an ACS record finds the SIP rows that list its subcode, whatever its code', () => {
    expect(messages(busyAcs)).toEqual(['SIP 486']);
    expect(messages(otherCodeAcs)).toEqual(['SIP 503']);
  });

  test('a Q.850 cause finds the SIP rows that list it', () => {
    expect(messages(busyCause)).toEqual(['SIP 486']);
  });

  test('a record nobody points at has no correspondents', () => {
    expect(lookup(unrelated)).toEqual([]);
  });
});
