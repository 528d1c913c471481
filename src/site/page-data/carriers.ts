import type { CodeRecord } from '../../schemas/record';
import { CODE_SPACE_IDS } from '../../schemas/code-space';

/**
 * Records of other code spaces that stand for the same outcome, through one more hop where the
 * sources link spaces only in pairs: an ACS subcode names its SIP response, and that response names
 * its Q.850 cause, so the subcode and the cause are the same outcome too (560486 ↔ SIP 486 ↔ Q.850 17).
 * Each hop is the correspondence index's, which links both ways, so these links do too.
 */
export function carriersOf(record: CodeRecord, correspondents: (r: CodeRecord) => CodeRecord[]): CodeRecord[] {
  const direct = correspondents(record);
  const through = direct.flatMap((hop) =>
    correspondents(hop).filter((r) => r.codeSpace !== record.codeSpace && r.codeSpace !== hop.codeSpace),
  );
  const rank = (r: CodeRecord) => CODE_SPACE_IDS.indexOf(r.codeSpace);
  return [...new Set([...direct, ...through])].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}
