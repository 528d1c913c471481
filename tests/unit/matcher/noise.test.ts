import { describe, expect, test } from 'vitest';
import { seen } from './entries';

// Each line carries one real code (487/10003 or 403) among noise: only the code may come back.
describe('noise is never read as a code', () => {
  test.each([
    ['a stack position', 'at handleErrorResponse (/sdk/core/src/deserializationPolicy.ts:255:17) 487/10003'],
    ['a Java stack frame', 'at App.main(App.java:59) code 487 subCode 10003'],
    ['a .NET log position', 'Info: CallHandler.cs:163 CallOnUpdated code=487 subCode=10003'],
    ['an ISO timestamp', '2024-07-23T10:28:11.5271091Z code=487 subCode=10003'],
    ['a date with slashes', 'azure:ACS:info 18/05/2021, 9:8:51:217 code=487 subCode=10003'],
    ['a date in words', 'Mon, 04 Apr 2022 21:47:17 GMT failed with 487/10003'],
    ['a time zone after a year', 'Mon Nov 9 15:07:15 PST 2020 failed with 487/10003'],
    ['a counter', '"segmentsSucceeded": 1, "segmentsFailed": 0, "code": 487, "subCode": 10003'],
    ['a retry count', '{"tryCount":3} code=487 subCode=10003'],
    ['a port', 'POST http://azure.example.cn:9452/api/calling code=487 subCode=10003'],
    ['a host and port without a scheme', '127.0.0.1:62297 GET /ws code=487 subCode=10003'],
    ['a duration', "Executed 'startRecording' (Failed, Duration=15ms) code=487 subCode=10003"],
    ['a duration in words', 'Wait another 30 seconds then 487/10003'],
    ['a size in bytes', 'Transmitting SIP request (1426 bytes) then 487/10003'],
    ['GUID digits', 'CallId: 2a004980-7314-43b5-b2d9-eb6329a99e6f code=487 subCode=10003'],
    ['an identifier with digits', "'8:acs:b4361611-4228-4645-b585-ac5f8acb6556_00000006-811d' 487/10003"],
    ['a version', 'sdkVersion 1.0.1.0 osVersion 10.0.17763 487/10003'],
    ['an IP address', 'https://52.168.169.1/identities 487/10003'],
    ['a phone number', 'PhoneNumberIdentifier("+4512345678") 487/10003'],
    ['an id labelled as one', 'No callback found with cbID 25851 and callID 12925: 487/10003'],
    ['a process id', 'pid:23658 tid:47 (Bot.cs:247 Notification): 487/10003'],
    ['a line number', 'GraphClientExtensions.cs:line 107 failed with 487/10003'],
    ['a code-frame gutter', '  375 | }\n  376 | const x = 1;\ncode 487 subcode 10003'],
    ['an offset in a native stack', 'RCTJSErrorFromCodeMessageAnd NSError + 112 then 487/10003'],
    ['a query string', 'GET /conv/urc?i=122&e=637480785215135816 then 487/10003'],
    ['a diff hunk', '@@ -291,6 +291,7 @@ then 487/10003'],
  ])('%s', (_, text) => {
    expect(seen(text)).toEqual(['acs 487/10003']);
  });

  test('a number with a leading zero is not a code', () => {
    expect(seen('Track 0403 ended; error 487/10003')).toEqual(['acs 487/10003']);
  });

  test('a number longer than any code is an identifier, not a code', () => {
    expect(seen('fail: Bot[1742746998] 487/10003')).toEqual(['acs 487/10003']);
  });
});

describe('hostile words', () => {
  test.each(['constructor 403', 'constructor: 403 __proto__: 487 toString=500', 'x.constructor.prototype'])(
    'names of JavaScript’s own properties are plain words: %s',
    (text) => {
      expect(() => seen(text)).not.toThrow();
      expect(seen(`${text} 487/10003`).at(-1)).toBe('acs 487/10003');
    },
  );
});
