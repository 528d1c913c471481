import { toIndexEntry, type IndexEntry } from '../../../src/matcher/entry';
import { observe } from '../../../src/matcher/observe';
import type { Vocabulary } from '../../../src/matcher/vocabulary';
import type { CodeRecord } from '../../../src/schemas/record';

let order = 0;

/** A record as the catalogue would hold it, with only what a test cares about filled in. */
export function record(
  area: string,
  code: number | null,
  subcode: number | null,
  message: string,
  more: Partial<CodeRecord> = {},
): CodeRecord {
  const segments = [area, ...(code === null ? ['subcode', subcode] : [code, subcode])].filter((s) => s !== null);
  return {
    area,
    codeSpace: 'acs',
    status: 'documented',
    table: `${area} table`,
    tableSlug: 'table',
    order: order++,
    code,
    subcode,
    message,
    messageHtml: `<p>${message}</p>`,
    resultCategory: null,
    resultCategoryAsPublished: null,
    advice: '',
    adviceHtml: '',
    meaning: '',
    meaningHtml: '',
    guidance: '',
    guidanceHtml: '',
    evidence: '',
    evidenceHtml: '',
    checked: null,
    note: '',
    noteHtml: '',
    extra: [],
    links: [],
    listedIn: ['s1'],
    history: [],
    corresponds: { acsSubcodes: [], sip: [], q850: [] },
    reports: [],
    names: [],
    route: null,
    url: `/${segments.join('/')}/`,
    anchor: segments.slice(1).join('-'),
    file: `content/${area}.md`,
    line: 1,
    ...more,
  };
}

/** A small catalogue with the codes that real pastes hit, in the production index format. */
export const RECORDS: CodeRecord[] = [
  record('calling', 401, 10009, 'Unauthenticated identity.'),
  record('calling', 487, 10003, 'Call was canceled for this user endpoint.'),
  record('calling', 487, 0, 'Call ended successfully as caller canceled the call.'),
  record('calling', 487, null, 'Call canceled, locally declined.'),
  record('calling', 480, 10037, 'Target user did not have any endpoints registered.'),
  record('calling', 496, 7, 'Call ended as client lost network connection.'),
  record('calling', 486, 560486, 'Call ended because remote PSTN participant was busy.'),
  record('calling', 403, null, 'Forbidden / Authentication failure.'),
  record('pstn', 486, 60486, 'The called number was busy'),
  record('pstn', 503, 560503, 'Call failed because of an internal server error.'),
  record('pstn', 404, 511404, 'Phone number not found.'),
  record('pstn', 403, 560403, 'Call forbidden.'),
  record('call-automation', 400, 8523, 'Something in the request body is invalid.'),
  record('call-automation', 400, 8501, 'Action Not Supported Call Not Established'),
  record('call-automation', 400, null, 'Bad request', { route: 'status', url: '/call-automation/status/400/' }),
  record('call-automation', null, 8535, 'Invalid File Format'),
  record('call-automation', 403, null, 'Forbidden', { route: 'status', url: '/call-automation/status/403/' }),
  record('chat', 403, null, 'Forbidden'),
  record('sms', 4007, null, 'The Destination/To number opted out.'),
  record('sip', 486, null, 'Busy Here', { codeSpace: 'sip' }),
  record('sip', 503, null, 'Service Unavailable', { codeSpace: 'sip' }),
  record('q850', 17, null, 'User busy', { codeSpace: 'q850' }),
  record('q850', 34, null, 'No circuit/channel available', { codeSpace: 'q850' }),
  record('observed', 486, 10321, 'A bot or service did not answer in time.', { status: 'observed' }),
];

export const ENTRIES: IndexEntry[] = RECORDS.map(toIndexEntry);

/** Field names as the areas' `appearsIn` give them, normalised as the build writes them. */
export const FIELDS: Record<string, string[]> = {
  callendreason: ['calling'],
  callingcommunicationerror: ['calling'],
  resultinformation: ['call-automation'],
  participantendreason: ['pstn'],
  participantendsubcode: ['pstn'],
  deliverystatusdetails: ['sms'],
};

/** The vocabulary of this small catalogue: its field names, a few area words and one SDK name. */
export const VOCABULARY: Vocabulary = {
  fields: FIELDS,
  words: {
    azurecommunicationchat: { areas: ['chat'], queryOnly: false },
    azurecommunicationcalling: { areas: ['calling'], queryOnly: false },
    playfailed: { areas: ['call-automation'], queryOnly: false },
    chat: { areas: ['chat'], queryOnly: true },
  },
  names: {
    nongcendpoint: [{ name: 'NoNgcEndpoint', area: 'calling', code: 480, subcode: 10037, url: '/calling/480/10037/' }],
  },
};

/** The observations of a paste as compact strings: space code/subcode (or ~number) ×count. */
export const seen = (text: string) =>
  observe(text, VOCABULARY).observations.map(
    (o) =>
      `${o.space} ${o.either !== null ? `~${o.either}` : `${o.code ?? '-'}/${o.subcode ?? '-'}`}${o.count > 1 ? ` ×${o.count}` : ''}`,
  );
