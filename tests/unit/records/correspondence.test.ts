import { describe, expect, test } from 'vitest';
import { carriedSipResponse, correspondenceIndex } from '../../../src/records/correspondence';
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

describe('the SIP response a subcode carries, by Microsoft’s 560/540 rule', () => {
  test.each([
    [560403, { sip: 403, direction: 'outbound' }],
    [540487, { sip: 487, direction: 'inbound' }],
    [560000, null],
    [510403, null],
    [511404, null],
    [531004, null],
    [5604030, null],
    [null, null],
  ])('subcode %s carries %o', (subcode, expected) => {
    expect(carriedSipResponse(subcode)).toEqual(expected);
  });

  const sip403 = sip(403, {});
  const sip487 = sip(487, {});
  const outbound = record('calling', 403, 560403, 'forbidden by the SBC');
  const inbound = record('pstn', 487, 540487, 'caller canceled');
  const microsoftOwn = record('pstn', 403, 510403, 'blocked by Microsoft');
  const lookup = correspondenceIndex([sip403, sip487, outbound, inbound, microsoftOwn]);

  test('an ACS record whose subcode starts with 560 or 540 finds its SIP response without being listed', () => {
    expect(lookup(outbound)).toEqual([sip403]);
    expect(lookup(inbound)).toEqual([sip487]);
  });

  test('a SIP response finds every subcode that carries it', () => {
    expect(lookup(sip403)).toEqual([outbound]);
  });

  test('a subcode of the Microsoft service links to no SIP response, whatever its last digits', () => {
    expect(lookup(microsoftOwn)).toEqual([]);
  });
});
