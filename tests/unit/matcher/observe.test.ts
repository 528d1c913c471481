import { describe, expect, test } from 'vitest';
import { MAX_PASTE, observe } from '../../../src/matcher/observe';
import { FIELDS } from './entries';

/** The observations of a paste as compact strings: space code/subcode (or ~number) ×count. */
const seen = (text: string) =>
  observe(text, FIELDS).observations.map(
    (o) =>
      `${o.space} ${o.either !== null ? `~${o.either}` : `${o.code ?? '-'}/${o.subcode ?? '-'}`}${o.count > 1 ? ` ×${o.count}` : ''}`,
  );

describe('numbers without field names', () => {
  test.each([['487/10003'], ['487 10003'], ['487-10003'], ['487#10003'], ['487 / 10003']])(
    '%s is a code and a subcode',
    (text) => {
      expect(seen(text)).toEqual(['acs 487/10003']);
    },
  );

  test('500#560503 is a code and a subcode', () => {
    expect(seen('500#560503')).toEqual(['acs 500/560503']);
  });

  test('a single number can be either', () => {
    expect(seen('560486')).toEqual(['acs ~560486']);
  });

  test('dates, times and GUIDs around the numbers are not codes', () => {
    expect(seen('2024-05-01T10:22:03Z 6a3f1e2b-0c4d-4e5f-8a9b-1c2d3e4f5a6b failed with 487/10003')).toEqual([
      'acs 487/10003',
    ]);
  });

  test('text without a number holds nothing', () => {
    expect(seen('no numbers here')).toEqual([]);
  });
});

describe('numbers named by their fields', () => {
  const cases: [string, string, string[]][] = [
    ['a callEndReason object', '{"code":487,"subCode":10003,"message":"Call was canceled"}', ['acs 487/10003']],
    ['a JavaScript object', 'callEndReason: { code: 401, subCode: 71005 }', ['acs 401/71005']],
    [
      'a pretty-printed CallingCommunicationError',
      '{\n  "code": 409,\n  "subCode": 40228,\n  "resultCategories": ["ExpectedError"]\n}',
      ['acs 409/40228'],
    ],
    [
      'a resultInformation fragment',
      '"resultInformation": {"code": 400, "subCode": 8535, "message": "Invalid file"}',
      ['acs 400/8535'],
    ],
    ['C# properties', 'ResultInformation: Code: 487, SubCode: 10004, Message: Timeout', ['acs 487/10004']],
    ['Code= pairs', 'Code=487, SubCode=10004', ['acs 487/10004']],
    ['a call-end sentence', 'Call end reason: code: 500, subcode: 511404', ['acs 500/511404']],
    ['an error line with a bare code', 'Error: 500 Internal server error, subcode: 560503', ['acs 500/560503']],
    ['private SDK fields', '{"_code":487,"_subCode":10003}', ['acs 487/10003']],
    ['a call-log row', 'ParticipantEndReason=403 ParticipantEndSubCode=560403', ['acs 403/560403']],
    [
      'a call-log row in snake case',
      'participant_end_reason: 603, participant_end_sub_code: 560603',
      ['acs 603/560603'],
    ],
    ['key and value separated by a space', 'ParticipantEndReason 480 ParticipantEndSubCode 10037', ['acs 480/10037']],
    ['key and value separated by a tab', 'ParticipantEndReason\t480', ['acs 480/-']],
    ['an arrow', '"SubCode" => 10004, "Code" -> 487', ['acs 487/10004']],
    [
      'an SMS delivery report with a string value',
      '{"deliveryStatus":"Failed","deliveryStatusDetails":"4007"}',
      ['acs 4007/-'],
    ],
    ['a subcode alone', 'SIP trunk error … SubCode=540486', ['acs -/540486']],
    ['a code field written with its subcode', 'call ended with code 487/10003, see logs', ['acs 487/10003']],
    ['an error field written with its subcode', 'error: 500#560503', ['acs 500/560503']],
  ];
  test.each(cases)('%s', (_, text, expected) => {
    expect(seen(text)).toEqual(expected);
  });

  test('field names hint the area', () => {
    const [observation] = observe('"resultInformation": {"code": 400, "subCode": 8535}', FIELDS).observations;
    expect(observation!.hints).toEqual(['call-automation']);
    expect(observation!.fields).toEqual(['resultInformation.code', 'resultInformation.subCode']);
  });
});

describe('logs with several codes', () => {
  test('two call ends are two observations, in paste order', () => {
    const log = 'call 1 ended {"code":487,"subCode":10003}\ncall 2 ended {"code":480,"subCode":10037}';
    expect(seen(log)).toEqual(['acs 487/10003', 'acs 480/10037']);
  });

  test('the same code reported twice is counted, not repeated', () => {
    expect(seen('{"code":487,"subCode":10003} {"code":487,"subCode":10003}')).toEqual(['acs 487/10003 ×2']);
  });

  test('Log Analytics rows under their header line', () => {
    const rows =
      'TimeGenerated\tParticipantEndReason\tParticipantEndSubCode\n2024-05-01T10:00:00Z\t480\t10037\n2024-05-01T10:05:00Z\t487\t10003';
    expect(seen(rows)).toEqual(['acs 480/10037', 'acs 487/10003']);
  });

  test('a Markdown table with the fields in its header', () => {
    expect(seen('| ParticipantEndReason | ParticipantEndSubCode |\n| --- | --- |\n| 403 | 560403 |')).toEqual([
      'acs 403/560403',
    ]);
  });
});

describe('SIP responses and Q.850 causes are their own code spaces', () => {
  test('a callback event with SipDetails and Q850Details reports three codes', () => {
    const event = `{ "ResultInformation": { "Code": 500, "SubCode": 560503, "Message": "Unexpected server error",
      "SipDetails": { "Code": 486, "Message": "Busy Here" }, "Q850Details": { "Code": 17, "Message": "User busy" } } }`;
    expect(seen(event)).toEqual(['acs 500/560503', 'sip 486/-', 'q850 17/-']);
  });

  test.each([
    ['sipCode: 486', 'sip 486/-'],
    ['SIP/2.0 503 Service Unavailable', 'sip 503/-'],
    ['cause=17', 'q850 17/-'],
    ['Reason: Q.850;cause=34;text="No circuit/channel available"', 'q850 34/-'],
    ['Reason: SIP;cause=487;text="Request Terminated"', 'sip 487/-'],
  ])('%s', (text, expected) => {
    expect(seen(text)).toEqual([expected]);
  });
});

describe('pasted text is normalised before reading', () => {
  test('a zero-width space inside a number does not split it', () => {
    expect(seen('48\u200B7/10003')).toEqual(['acs 487/10003']);
  });

  test('full-width and Arabic-Indic digits read as digits', () => {
    expect(seen('４８７/１０００３')).toEqual(['acs 487/10003']);
    expect(seen('\u0664\u0668\u0667')).toEqual(['acs ~487']);
  });

  test('a paste longer than the limit is read up to it and says so', () => {
    const { observations, truncated } = observe(`${'x '.repeat(MAX_PASTE)}487/10003`, FIELDS);
    expect(truncated).toBe(true);
    expect(observations).toEqual([]);
  });

  test('a megabyte without spaces is read to its end', () => {
    expect(seen(`${'a'.repeat(MAX_PASTE - 20)} 487/10003`)).toEqual(['acs 487/10003']);
  });
});
