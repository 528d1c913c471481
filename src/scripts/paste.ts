/** Full-text search reads the start of a pasted novel only. */
export const MAX_QUERY = 500;

/**
 * Whether a paste must be kept as pasted rather than left to the browser: a one-line box drops line
 * breaks and tabs (Log Analytics rows, a log), and cuts what is longer than its limit.
 */
export const keepsAsPasted = (text: string) => /[\n\t]/.test(text) || text.length > MAX_QUERY;

/**
 * The text as a one-line box shows it: each run of white space one space, trimmed, cut at `max`
 * characters (`text.replace(/\s+/g, ' ').trim().slice(0, max)`), read no further than that needs: a
 * 10 MB paste flattened whole costs the page a second of work and garbage, for 2,000 characters shown.
 */
export function flattened(text: string, max: number): string {
  const words = /\S+/g;
  let flat = '';
  for (let word = words.exec(text); word !== null && flat.length < max; word = words.exec(text))
    flat += flat ? ` ${word[0]}` : word[0];
  return flat.slice(0, max);
}
