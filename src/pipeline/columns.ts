/** The fields a table column can fill; any other column is kept as an extra column. */
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

// Header names as the Microsoft Learn tables and ours spell them, lower-cased, letters and digits only.
const HEADER_FIELDS: Record<string, Field> = {
  code: 'code',
  errorcode: 'code',
  statuscode: 'code',
  participantendreason: 'code',
  cause: 'code',
  subcode: 'subcode',
  participantendsubcode: 'subcode',
  message: 'message',
  description: 'message',
  reasonphrase: 'message',
  name: 'message',
  resultcategory: 'resultCategory',
  resultcategories: 'resultCategory',
  advice: 'advice',
  mitigation: 'advice',
  actiontotake: 'advice',
  actionstotake: 'advice',
  additionalnotes: 'advice',
  guidance: 'guidance',
  meaning: 'meaning',
  meaninginacscalls: 'meaning',
  whattocheck: 'guidance',
  note: 'note',
  listedin: 'listedIn',
  earlierwording: 'history',
  evidence: 'evidence',
  checked: 'checked',
  acssubcodes: 'acsSubcodes',
  sipresponses: 'sip',
  q850causes: 'q850',
};

export function fieldOfHeader(header: string): Field | null {
  return HEADER_FIELDS[header.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
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
