import { describe, expect, test } from 'vitest';
import { observe } from '../../../src/matcher/observe';
import { rank, recordToOpen } from '../../../src/matcher/rank';
import { ENTRIES, VOCABULARY } from './entries';

const matches = (text: string, entries = ENTRIES) =>
  observe(text, VOCABULARY).observations.map((o) => rank(o, entries));
const opened = (text: string, entries = ENTRIES) => recordToOpen(matches(text, entries))?.url ?? null;
const urls = (list: { url: string }[]) => list.map((e) => e.url);

describe('a page opens only on a whole match by exactly one record', () => {
  test.each([
    ['487/10003', '/calling/487/10003/'],
    ['{"code":487,"subCode":10003}', '/calling/487/10003/'],
    ['48\u200B7/10003', '/calling/487/10003/'],
    ['ParticipantEndReason=403 ParticipantEndSubCode=560403', '/pstn/403/560403/'],
    ['"DeliveryStatusDetails": "4007"', '/sms/4007/'],
    ['SIP/2.0 503 Service Unavailable', '/sip/503/'],
    ['Reason: Q.850;cause=34;text="No circuit/channel available"', '/q850/34/'],
    ['{"code":486,"subCode":10321}', '/observed/486/10321/'],
  ])('%s opens %s', (text, url) => {
    expect(opened(text)).toBe(url);
  });

  test.each([
    ['callEndReason: { code: 401, subCode: 71005 }', 'only the code matches (401/10009)'],
    ['…SubCode=540486', 'no record has the subcode; 60486 is another number'],
    ['Error: 500 Internal server error, subcode: 560503', 'the subcode is documented with code 503'],
    ['487/99999', 'the subcode is undocumented'],
    ['403', 'several records carry 403'],
    ['{"code":487,"subCode":10003}\n{"code":480,"subCode":10037}', 'the paste reports two codes'],
  ])('%s opens nothing: %s', (text) => {
    expect(opened(text)).toBeNull();
  });

  test('a pasted observed code opens nothing when no record has it', () => {
    expect(
      opened(
        '{"code":486,"subCode":10321}',
        ENTRIES.filter((e) => e.status !== 'observed'),
      ),
    ).toBeNull();
  });
});

describe('what is and is not documented comes first', () => {
  test('400/8535: the record of subcode 8535 leads, then the records of code 400', () => {
    const [match] = matches('"resultInformation": {"code": 400, "subCode": 8535}');
    expect(match!.whole).toEqual([]);
    expect(match!.partial.map((p) => [p.quality, urls(p.entries)])).toEqual([
      ['subcode', ['/call-automation/subcode/8535/']],
      ['code', ['/call-automation/400/8523/', '/call-automation/400/8501/', '/call-automation/status/400/']],
    ]);
    expect(match!.best).toBe('subcode');
  });

  test('500/511404: the subcode documented under PSTN 404 leads', () => {
    const [match] = matches('Call end reason: code: 500, subcode: 511404');
    expect(urls(match!.partial[0]!.entries)).toEqual(['/pstn/404/511404/']);
  });

  test('487/99999: only code 487 alone, no subcode', () => {
    const [match] = matches('487/99999');
    expect(match!.partial.map((p) => p.quality)).toEqual(['code']);
    expect(match!.best).toBe('code');
  });

  test('a number with no record at all has no best match', () => {
    expect(matches('12345678')[0]!.best).toBeNull();
  });
});

describe('ordering', () => {
  test('field names put their area first without hiding the others', () => {
    const [match] = matches('ParticipantEndReason=486 ParticipantEndSubCode=60486 ParticipantEndReason=486');
    expect(urls(match!.whole)).toEqual(['/pstn/486/60486/']);
    const [code] = matches('"callEndReason": {"code": 403}');
    expect(urls(code!.whole)).toEqual(['/calling/403/', '/call-automation/status/403/', '/chat/403/']);
  });

  test('a documented record comes before an observed one', () => {
    const [match] = matches('call ended with 486');
    expect(urls(match!.whole)).toEqual(['/calling/486/560486/', '/pstn/486/60486/', '/observed/486/10321/']);
  });

  test('a number typed alone matches SIP and Q.850 codes that carry it too', () => {
    const [match] = matches('486');
    expect(urls(match!.whole)).toContain('/sip/486/');
  });

  test('a number inside a longer text never matches a SIP response without SIP evidence', () => {
    const [match] = matches('call ended with 486');
    expect(urls([...match!.whole, ...match!.partial.flatMap((p) => p.entries)])).not.toContain('/sip/486/');
  });

  test('SIP in a query lists the SIP response first, then the same number elsewhere', () => {
    const [match] = matches('SIP 486');
    expect(urls(match!.whole)).toEqual(['/sip/486/']);
    expect(match!.partial.map((p) => p.quality)).toEqual(['other-space']);
  });

  test('SIP and Q.850 fields never match ACS codes', () => {
    const [acs, sip] = matches('"ResultInformation": {"Code": 500, "SubCode": 560503, "SipDetails": {"Code": 486}}');
    expect(urls(acs!.whole)).toEqual([]);
    expect(urls(sip!.whole)).toEqual(['/sip/486/']);
  });

  test('a pair written subcode first is read the other way round, and says so', () => {
    const [match] = matches('10003/487');
    expect(urls(match!.whole)).toEqual(['/calling/487/10003/']);
    expect(match!.reversed).toBe(true);
  });
});

describe('an honest opening rule', () => {
  test('a code and subcode never open a record that holds only the subcode', () => {
    expect(opened('{"code": 400, "subCode": 8535}')).toBeNull();
  });

  test('a code and subcode never open a record that holds only the code', () => {
    expect(opened('code 403 subcode 99999')).toBeNull();
  });

  test('a paste with several codes opens none of their records', () => {
    expect(opened('ResponseCode=403, SubCode=560403. DiagCode: 487#10003')).toBeNull();
  });

  test('an HTTP status with an error code never opens the record of the error code alone', () => {
    expect(opened('Status code 500, {"error":{"code":"4007"}}')).toBeNull();
  });

  test('a typed number that one record carries in any code space opens it', () => {
    expect(opened('34')).toBe('/q850/34/');
  });

  test('an SDK name alone opens the record it names', () => {
    expect(opened('NoNgcEndpoint')).toBe('/calling/480/10037/');
  });

  test('a code alone documented only as a subcode is offered as one, and opens nothing', () => {
    const [match] = matches('a PlayFailed event with status code: 8535');
    expect(match!.partial.map((p) => [p.quality, urls(p.entries)])).toEqual([
      ['as-subcode', ['/call-automation/subcode/8535/']],
    ]);
    expect(opened('a PlayFailed event with status code: 8535')).toBeNull();
  });
});

describe('context words', () => {
  test('a namespace ranks its area first', () => {
    const [match] = matches('com.azure.communication.chat.models.ErrorException: Status code 403');
    expect(urls(match!.whole)[0]).toBe('/chat/403/');
  });

  test('a namespace that settles the area opens its record', () => {
    expect(opened('com.azure.communication.chat.models.ErrorException: Status code 403')).toBe('/chat/403/');
  });

  test('a .NET namespace of the Calling SDK settles a code three areas document', () => {
    expect(opened('Azure.Communication.Calling.WindowsClient: CallEndReason code 403')).toBe('/calling/403/');
  });

  test('the same code without context opens nothing', () => {
    expect(opened('ErrorException: Status code 403')).toBeNull();
  });

  test('an event name ranks its area first', () => {
    const [match] = matches('PlayFailed: code 400');
    expect(urls(match!.whole)[0]).toBe('/call-automation/status/400/');
  });

  test('a plain area word names the area in a short query', () => {
    expect(opened('chat 403')).toBe('/chat/403/');
  });

  test('a plain area word somewhere in a long paste does not', () => {
    expect(opened('we use chat in our app and the call failed with error 403')).toBeNull();
  });
});
