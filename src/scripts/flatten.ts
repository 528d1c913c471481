// Not in paste.ts: the script of every page imports that module, and only the search reader needs this one.
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
