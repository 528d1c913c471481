/** A problem in a content file, precise enough to fix without searching: what is wrong and how to fix it. */
export interface ContentError {
  file: string;
  line: number;
  message: string;
  fix?: string | undefined;
}

/** Reports a problem at a line of the file being read. */
export type Fail = (line: number, message: string, fix?: string) => void;

export function formatError({ file, line, message, fix }: ContentError): string {
  return `${file}:${line}: ${message}${fix ? ` — ${fix}` : ''}`;
}

/** Collects the problems of one file. */
export function errorCollector(file: string) {
  const errors: ContentError[] = [];
  const fail: Fail = (line, message, fix) => errors.push({ file, line, message, fix });
  return { errors, fail };
}

/** Thrown with every problem of every file at once, so one build shows them all. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`Content has ${errors.length} problem(s):\n${errors.map(formatError).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

/** The line of a Markdown node in its file (1 when the parser gave no position). */
export const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;
