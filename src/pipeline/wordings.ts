import type { ParsedRecord } from '../schemas/record';

/** Reads an "Earlier wording" cell: one `source-id: text` per line, oldest first. */
export function readWordings(
  text: string,
  sourceIds: string[],
  fail: (message: string, fix?: string) => void,
): ParsedRecord['history'] | null {
  const wordings: ParsedRecord['history'] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const match = /^([a-z][a-z0-9-]*):\s*(.+)$/.exec(line.trim());
    if (!match || !sourceIds.includes(match[1]!)) {
      fail(
        `the earlier wording "${line.slice(0, 40)}" does not start with a source id`,
        `write "<source id>: <text>", with ids from ${sourceIds.join(', ')}`,
      );
      return null;
    }
    wordings.push({ source: match[1]!, message: match[2]! });
  }
  return wordings;
}
