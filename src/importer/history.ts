import { escapeText } from './cells';
import { norm, parseCellMarkdown, plain } from './our-table';

/** How one version worded a row: as the cell writes it, and as plain text to compare. */
export interface Wording {
  source: string;
  message: string;
  text: string;
}

/**
 * The wording of each listed version, oldest first, from an `Earlier wording` cell: an entry
 * `id: message` says version `id` printed it, and so did the versions before it back to the previous entry.
 */
export function history(cell: string, listed: string[], current: string): Wording[] | { unplaced: string } {
  const entries = cell
    .split('<br>')
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(': ');
      const message = entry.slice(at + 2);
      return { source: entry.slice(0, at), message, text: plain(parseCellMarkdown(message)) };
    });
  const stray = entries.find((e) => !listed.includes(e.source));
  if (stray) return { unplaced: stray.source };
  return listed.map((source, i) => {
    const entry = entries.find((e) => listed.indexOf(e.source) >= i);
    return entry ? { ...entry, source } : { source, message: escapeText(current), text: current };
  });
}

/** The `Earlier wording` cell for a complete list of wordings, oldest first: an entry wherever the next version differs. */
export function rewrite(wordings: Wording[]): string {
  return wordings
    .slice(0, -1)
    .flatMap((w, i) => (norm(w.text) === norm(wordings[i + 1]!.text) ? [] : [`${w.source}: ${w.message}`]))
    .join('<br>');
}
