import type { CodeSpace } from '../schemas/code-space';

/** A code space: ACS codes, SIP responses and Q.850 causes never match each other. */
export type Space = CodeSpace;
/**
 * What a named number is: a code, a subcode, an HTTP status (the code of a pair whose subcode is the
 * error code next to it), or a code and subcode written together (`DiagCode: 500#3002.@`).
 */
export type Role = 'code' | 'subcode' | 'status' | 'pair';

export interface FieldKind {
  space: Space;
  role: Role;
  /** The name says which code space it is (`sipCode`, `Q.850`), whatever the objects around it say. */
  explicit: boolean;
}

/** Field names as logs and SDKs spell them, lower-cased, letters and digits only. */
const KEYS = new Map<string, [Space, Role, boolean?]>(
  Object.entries({
    code: ['acs', 'code'],
    errorcode: ['acs', 'code'],
    error: ['acs', 'code'],
    resultcode: ['acs', 'code'],
    responsecode: ['acs', 'code'],
    reasoncode: ['acs', 'code'],
    participantendreason: ['acs', 'code'],
    deliverystatusdetails: ['acs', 'code'],
    status: ['acs', 'status'],
    statuscode: ['acs', 'status'],
    httpstatus: ['acs', 'status'],
    httpstatuscode: ['acs', 'status'],
    subcode: ['acs', 'subcode'],
    participantendsubcode: ['acs', 'subcode'],
    diagcode: ['acs', 'pair'],
    diagnosticcode: ['acs', 'pair'],
    sip: ['sip', 'code', true],
    'sip/2.0': ['sip', 'code', true],
    sipcode: ['sip', 'code', true],
    sipstatus: ['sip', 'code', true],
    sipstatuscode: ['sip', 'code', true],
    sipresponse: ['sip', 'code', true],
    sipresponsecode: ['sip', 'code', true],
    q850: ['q850', 'code', true],
    'q.850': ['q850', 'code', true],
    q850cause: ['q850', 'code', true],
    q850code: ['q850', 'code', true],
    cause: ['q850', 'code'],
    causecode: ['q850', 'code'],
  } satisfies Record<string, [Space, Role, boolean?]>),
);

export const keyName = (key: string) => key.toLowerCase().replace(/[^a-z0-9/.]/g, '');
const plainName = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** `inviteTimeoutStatusCode` → invite timeout status code; `ROOM_NOT_FOUND_SUB_CODE` → room not found sub code. */
export const segments = (word: string) =>
  word
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());

/**
 * Names built on a known one: `inc_timeout_status_code`, `CALL_TIMEOUT_SUB_CODE`,
 * `BOT_TIMEOUT_CODE`. Only compound names qualify: `zipcode` or `barcode` are one segment.
 */
function compoundKind(word: string): [Space, Role] | null {
  const parts = segments(word);
  const [last, before] = [parts.at(-1), parts.at(-2)];
  if (parts.length < 2 || !last) return null;
  const constant = /^[A-Z0-9_]+$/.test(word) && word.includes('_');
  if (last === 'subcode' || last === 'subcodes' || ((last === 'code' || last === 'codes') && before === 'sub'))
    return ['acs', 'subcode'];
  if ((last === 'code' || last === 'codes') && before === 'status') return ['acs', 'status'];
  if (
    (last === 'code' || last === 'codes') &&
    (constant || ['error', 'result', 'response', 'reason'].includes(before!))
  )
    return ['acs', 'code'];
  return null;
}

// No field name is longer; a pasted megabyte without spaces is not looked up.
const LONGEST_FIELD = 64;

// Logs repeat their field names: each is worked out once per paste-sized batch.
const known = new Map<string, FieldKind | null>();
const REMEMBERED = 10_000;

/** What a field name says of the number after it, or null when it names no code. */
export function fieldKind(word: string): FieldKind | null {
  if (word.length > LONGEST_FIELD) return null;
  let kind = known.get(word);
  if (kind === undefined) {
    if (known.size >= REMEMBERED) known.clear();
    kind = kindOf(word);
    known.set(word, kind);
  }
  return kind;
}

function kindOf(word: string): FieldKind | null {
  const key = KEYS.get(keyName(word)) ?? KEYS.get(plainName(word));
  if (key) return { space: key[0], role: key[1], explicit: key[2] ?? false };
  const compound = compoundKind(word);
  return compound && { space: compound[0], role: compound[1], explicit: false };
}

/**
 * An SDK constant such as `MEDIA_ERROR = 410` or `REMOTE_PSTN_USER_HUNG_UP = 560000`: its name says
 * nothing of code or subcode, so its number is read as either. A name that ends in a measure word
 * (`CALL_TIMEOUT = 408`) is read as a code only among such constants (`keptInConstantRuns`, read.ts).
 */
export const isConstantName = (word: string) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(word);

/** `SipDetails.Code` is a SIP response and `Q850Details.Code` a Q.850 cause, whatever the key says. */
export function spaceOfParents(parents: string[]): Space | null {
  const names = parents.map(plainName);
  if (names.some((n) => n.includes('q850'))) return 'q850';
  if (names.some((n) => n.startsWith('sip'))) return 'sip';
  return null;
}

/** Area hints from field names, from the areas' `appearsIn` (`resultInformation` → Call Automation). */
export function hintsOf(keys: string[], fieldAreas: Record<string, string[]>): string[] {
  const known = new Map(Object.entries(fieldAreas).map(([field, areas]) => [plainName(field), areas]));
  return [...new Set(keys.flatMap((k) => k.split('.')).flatMap((k) => known.get(plainName(k)) ?? []))];
}

export const isField = (key: string) => fieldKind(key.split('.').at(-1)!) !== null;
