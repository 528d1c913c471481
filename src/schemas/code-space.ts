/**
 * The numberings a code can belong to, in one table that every part reads: the schemas, the pages,
 * the lookup and the links between spaces. SIP responses and Q.850 causes never match ACS codes. No
 * zod here: browser scripts read the table too.
 */
export const CODE_SPACES = {
  /** Azure Communication Services: a code and a subcode; a subcode is what other spaces point at. */
  acs: { prefix: '', numbers: ['code', 'subcode'], own: 'subcode', authority: 'microsoft' },
  /** A SIP response, written `SIP 486` (or `SIP/2.0 486` in a trace). */
  sip: { prefix: 'SIP', numbers: ['code'], own: 'code', authority: 'standard' },
  /** A Q.850 cause, written `Q.850 17` (or `Reason: Q.850;cause=17`). */
  q850: { prefix: 'Q.850', numbers: ['code'], own: 'code', authority: 'standard' },
} as const satisfies Record<
  string,
  {
    /** What comes before the number when it is named outside its own area (`SIP 486`). */
    prefix: string;
    /** Which of a record's numbers belong to this numbering. */
    numbers: readonly ('code' | 'subcode')[];
    /** The number other spaces refer to a record by. */
    own: 'code' | 'subcode';
    /** Who defines the numbers: Microsoft's tables, or a standard (an RFC, an ITU-T recommendation). */
    authority: 'microsoft' | 'standard';
  }
>;

export type CodeSpace = keyof typeof CODE_SPACES;

/** The spaces in the order pages list them: ACS codes first. */
export const CODE_SPACE_IDS = Object.keys(CODE_SPACES) as [CodeSpace, ...CodeSpace[]];

/** The number a record is known by in its space: an ACS subcode, a SIP response, a Q.850 cause. */
export const ownNumber = (r: { codeSpace: CodeSpace; code: number | null; subcode: number | null }) =>
  r[CODE_SPACES[r.codeSpace].own];
