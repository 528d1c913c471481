import { describe, expect, test } from 'vitest';
import { MAX_PASTE, observe } from '../../../src/matcher/observe';
import { seen, VOCABULARY } from './entries';

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

  test('a number typed alone can be either, in any code space', () => {
    expect(seen('560486')).toEqual(['any ~560486']);
  });

  test('a number inside a longer text is an ACS code or subcode', () => {
    expect(seen('the call ended with 560486 again')).toEqual(['acs ~560486']);
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
    const [observation] = observe('"resultInformation": {"code": 400, "subCode": 8535}', VOCABULARY).observations;
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
    expect(seen('\u0664\u0668\u0667')).toEqual(['any ~487']);
  });

  test('a paste longer than the limit is read up to it and says so', () => {
    const { observations, truncated } = observe(`${'x '.repeat(MAX_PASTE)}487/10003`, VOCABULARY);
    expect(truncated).toBe(true);
    expect(observations).toEqual([]);
  });

  test('a megabyte without spaces is read to its end', () => {
    expect(seen(`${'a'.repeat(MAX_PASTE - 20)} 487/10003`)).toEqual(['acs 487/10003']);
  });
});

describe('formats that logs, SDKs and prose use', () => {
  test.each([
    ['a Teams diag code with its trailing .@', 'Server Internal Error. DiagCode: 500#3002.@', 'acs 500/3002'],
    ['a lower-case diag code ending a sentence', 'The call was terminated, diagcode: 408#13025.', 'acs 408/13025'],
    ['numbers in Markdown backticks in prose', 'an error with code `410` and subCode `3101`, however', 'acs 410/3101'],
    ['ResponseCode= and SubCode=', 'ResponseCode=400, SubCode=8541, ResponseText=Callee unavailable', 'acs 400/8541'],
    ['status code: N in a sentence', 'a PlayFailed event is received with status code: 8536 and message', 'acs 8536/-'],
    ['a Python log arrow', 'INFO in main: Code:->400, Subcode:-> 8581', 'acs 400/8581'],
    ['an SDK constant named as a subcode', 'export const ROOM_NOT_FOUND_SUB_CODE = 5732;', 'acs -/5732'],
    ['an SDK constant that names neither', 'const REMOTE_PSTN_USER_HUNG_UP = 560000;', 'acs ~560000'],
    ['a list of subcodes under one name', 'const REMOVED_FROM_CALL_SUB_CODES = [5000, 5300];', 'acs -/5000|acs -/5300'],
  ])('%s', (_, text, expected) => {
    expect(seen(text)).toEqual(expected.split('|'));
  });

  test('a diag code is a pair of its own, apart from the response code and subcode before it', () => {
    expect(seen('ResponseCode=400, SubCode=8541, ResponseText=x. DiagCode: 480#10076')).toEqual([
      'acs 400/8541',
      'acs 480/10076',
    ]);
  });

  test('an HTTP status and the error code after it are one code and subcode', () => {
    expect(seen('CallingServerErrorException: Status code 500, "{"error":{"code":"9999","message":"x"}}"')).toEqual([
      'acs 500/9999',
    ]);
  });

  test('two SDK constants with one stem are one code and subcode, lines apart', () => {
    expect(
      seen('export const BOT_TIMEOUT_CODE = 486;\n/** @private */\nexport const BOT_TIMEOUT_SUB_CODE = 10321;'),
    ).toEqual(['acs 486/10321']);
  });

  test('a pair written in a message is read beside the code and subcode that fields name', () => {
    expect(seen('code=480 subCode=10037\nthe retry ended 487/10003')).toEqual(['acs 480/10037', 'acs 487/10003']);
  });

  test('a logcat process and thread pair is not read beside named codes', () => {
    expect(seen('2020-11-05 14:59:16.864 312-5845/com.example E/ACS: call ended code: 487, subCode: 10003')).toEqual([
      'acs 487/10003',
    ]);
  });

  test('numbers side by side are not a pair where fields name the codes', () => {
    expect(seen('"code": 480, "subCode": 10037, retried 408 15000')).toEqual(['acs 480/10037']);
  });

  test('an SDK constant named as a time-out is read among constants read as codes', () => {
    expect(seen('CALL_TIMEOUT = 408\nMEDIA_ERROR = 410')).toEqual(['acs ~408', 'acs ~410']);
  });

  test('an SDK constant named as a time-out is a measure on its own', () => {
    expect(seen('const CONNECT_TIMEOUT = 30000;')).toEqual([]);
  });

  test('an SDK constant named as a time-out stays a measure lines away from code constants', () => {
    expect(seen('CONNECT_TIMEOUT = 30000\n\n\n\nMEDIA_ERROR = 410')).toEqual(['acs ~410']);
  });

  test('Log Analytics rows keep each row its own code, and no timestamp is read', () => {
    const rows = 'TimeGenerated\tParticipantEndReason\tParticipantEndSubCode\n2024-05-01T10:00:00Z\t480\t10037';
    expect(seen(rows)).toEqual(['acs 480/10037']);
  });

  test('a Log Analytics row flattened to one line reads its pair, not the year of its timestamp', () => {
    expect(seen('TimeGenerated ParticipantEndReason ParticipantEndSubCode 2024-05-01T10:00:00Z 480 10037')).toEqual([
      'acs 480/10037',
    ]);
  });
});

describe('SIP responses and Q.850 causes need their own evidence', () => {
  test.each(['the call rang 17 times', 'Reason: text="busy" 17', 'attempt 3 of 34'])(
    'a small number that nothing names is not read: %s',
    (text) => {
      expect(seen(text)).toEqual([]);
    },
  );

  test('a small number a field names stays an ACS code, never a Q.850 cause', () => {
    expect(seen('error 34 occurred')).toEqual(['acs 34/-']);
  });

  test('SIP followed by a number is a SIP response', () => {
    expect(seen('SIP 486')).toEqual(['sip 486/-']);
  });

  test('Q.850 followed by a number is a Q.850 cause', () => {
    expect(seen('Q.850 34')).toEqual(['q850 34/-']);
  });

  test('a number SIP names that is not three digits is no SIP response', () => {
    expect(seen('Transmitting SIP request (1426 bytes)')).toEqual([]);
  });

  test('the user part of a SIP address is not a response', () => {
    expect(seen('SEND: ACK sip:2001@192.168.1.17 SIP/2.0')).toEqual([]);
  });
});

describe('SDK names', () => {
  test('a name alone reports the record it names', () => {
    expect(seen('Call end reason=NoNgcEndpoint')).toEqual(['acs 480/10037']);
  });

  test('a name beside its own numbers is the same code, not a second one', () => {
    const [observation, ...rest] = observe(
      'Call end reason=NoNgcEndpoint, code=480, subCode=10037',
      VOCABULARY,
    ).observations;
    expect(rest).toEqual([]);
    expect(observation!.names).toEqual(['NoNgcEndpoint']);
    expect(observation!.count).toBe(1);
  });
});
