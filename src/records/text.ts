/**
 * One line from a multi-line message or advice: list items joined into a sentence, so that
 * titles, previews, lookup rows and tickets never start with "- " or end in a bare colon.
 */
export function oneLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*/, '').trim())
    .filter(Boolean);
  return lines.reduce((joined, line) => {
    if (!joined) return line;
    return /[.:;!?]$/.test(joined) ? `${joined} ${line}` : `${joined}; ${line}`;
  }, '');
}

/** Shortens text at a word boundary and marks the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = oneLine(text).replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.replace(/[\s,;:.\-–—(]+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).trimEnd()}…`;
}
