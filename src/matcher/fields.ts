import type { CodeSpace } from '../schemas/code-space';

/** A code space: ACS codes, SIP responses and Q.850 causes never match each other. */
export type Space = CodeSpace;
export type Role = 'code' | 'subcode';

/** Field names as logs and SDKs spell them, lower-cased, letters and digits only. */
const KEYS: Record<string, [Space, Role]> = {
  code: ['acs', 'code'],
  errorcode: ['acs', 'code'],
  statuscode: ['acs', 'code'],
  status: ['acs', 'code'],
  error: ['acs', 'code'],
  resultcode: ['acs', 'code'],
  participantendreason: ['acs', 'code'],
  deliverystatusdetails: ['acs', 'code'],
  subcode: ['acs', 'subcode'],
  participantendsubcode: ['acs', 'subcode'],
  sipcode: ['sip', 'code'],
  sipstatuscode: ['sip', 'code'],
  sipresponsecode: ['sip', 'code'],
  sipstatus: ['sip', 'code'],
  cause: ['q850', 'code'],
  causecode: ['q850', 'code'],
  q850cause: ['q850', 'code'],
  q850code: ['q850', 'code'],
};

export const keyName = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The space and role of a number from its field name and the names of the objects around it. */
export function classify(key: string, parents: string[]): { space: Space; role: Role } | null {
  const last = keyName(key.split('.').at(-1)!);
  const found = KEYS[last];
  if (!found) return null;
  const context = [...parents, ...key.split('.').slice(0, -1)].map(keyName).join(' ');
  // `SipDetails.Code` is a SIP response and `Q850Details.Code` a Q.850 cause, whatever the key says.
  const space: Space = /q850/.test(context) ? 'q850' : /\bsip/.test(context) ? 'sip' : found[0];
  return { space, role: found[1] };
}

export const isField = (key: string) => keyName(key.split('.').at(-1)!) in KEYS;

/** Area hints from every field name in the paste, from the areas' `appearsIn` (`resultInformation` → Call Automation). */
export function hintsOf(keys: string[], fieldAreas: Record<string, string[]>): string[] {
  const known = new Map(Object.entries(fieldAreas).map(([field, areas]) => [keyName(field), areas]));
  return [...new Set(keys.flatMap((k) => k.split('.')).flatMap((k) => known.get(keyName(k)) ?? []))];
}
