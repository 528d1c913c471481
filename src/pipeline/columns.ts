/** The fields a table column can fill; any other column is an extra column, declared in the frontmatter. */
export type Field =
  | 'code'
  | 'subcode'
  | 'message'
  | 'resultCategory'
  | 'advice'
  | 'guidance'
  | 'meaning'
  | 'note'
  | 'listedIn'
  | 'history'
  | 'evidence'
  | 'checked'
  | 'acsSubcodes'
  | 'sip'
  | 'q850';

/** Header names as the Microsoft Learn tables and ours spell them. */
export const KNOWN_COLUMNS: readonly (readonly [string, Field])[] = [
  ['Code', 'code'],
  ['Error code', 'code'],
  ['Status code', 'code'],
  ['ParticipantEndReason', 'code'],
  ['Cause', 'code'],
  ['Subcode', 'subcode'],
  ['ParticipantEndSubCode', 'subcode'],
  ['Message', 'message'],
  ['Description', 'message'],
  ['Reason phrase', 'message'],
  ['Name', 'message'],
  ['Result category', 'resultCategory'],
  ['Result categories', 'resultCategory'],
  ['Advice', 'advice'],
  ['Mitigation', 'advice'],
  ['Action to take', 'advice'],
  ['Actions to take', 'advice'],
  ['Additional notes', 'advice'],
  ['Guidance', 'guidance'],
  ['What to check', 'guidance'],
  ['Meaning', 'meaning'],
  ['Meaning in ACS calls', 'meaning'],
  ['Note', 'note'],
  ['Listed in', 'listedIn'],
  ['Earlier wording', 'history'],
  ['Evidence', 'evidence'],
  ['Checked', 'checked'],
  ['ACS subcodes', 'acsSubcodes'],
  ['SIP responses', 'sip'],
  ['Q.850 causes', 'q850'],
];

/** A header reduced to what tells columns apart: lower case, letters and digits only. */
export const normalHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const HEADER_FIELDS = new Map(KNOWN_COLUMNS.map(([name, field]) => [normalHeader(name), field]));

export function fieldOfHeader(header: string): Field | null {
  return HEADER_FIELDS.get(normalHeader(header)) ?? null;
}

/** The field of each column, or the pairs of columns that would fill the same field. */
export function mapColumns(labels: string[]): { fields: (Field | null)[]; clashes: [string, string, Field][] } {
  const fields = labels.map(fieldOfHeader);
  const clashes: [string, string, Field][] = [];
  fields.forEach((field, i) => {
    const first = field ? fields.indexOf(field) : i;
    if (field && first < i) clashes.push([labels[first]!, labels[i]!, field]);
  });
  return { fields, clashes };
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn one header into another. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/**
 * The known or declared column a header most likely meant, when it is close enough to be a typo
 * (`Advise` → `Advice`, `Result categroy` → `Result category`); null when nothing is close.
 */
export function nearestColumn(header: string, declared: readonly string[] = [], strict = false): string | null {
  const wanted = normalHeader(header);
  const limit = strict ? Math.max(1, Math.floor(wanted.length / 4)) : Math.max(2, Math.floor(wanted.length / 3));
  const candidates = [...KNOWN_COLUMNS.map(([name]) => name), ...declared];
  let best: { name: string; distance: number } | null = null;
  for (const name of candidates) {
    const distance = editDistance(wanted, normalHeader(name));
    if (distance > 0 && distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}
