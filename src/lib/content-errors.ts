/** A problem in a content file, precise enough to fix without searching. */
export interface ContentError {
  file: string;
  line: number;
  message: string;
}

/** Reports a problem at a line of the file being read. */
export type Fail = (line: number, message: string) => void;

export function formatError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}

/** The line of a Markdown node in its file (1 when the parser gave no position). */
export const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;
