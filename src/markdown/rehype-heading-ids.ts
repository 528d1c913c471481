import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

// Russian and Ukrainian letters in the Latin spelling that Russian web addresses commonly use; '' drops a letter.
const CYRILLIC = [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'];
const SPELLING = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch '' y '' e yu ya i yi ye g".split(' ');
const LATIN = new Map(CYRILLIC.map((ch, i) => [ch, SPELLING[i] === "''" ? '' : SPELLING[i]!]));

/** Heading text in Latin letters: "Советы по устранению" → "Sovety po ustraneniyu". Other text is kept. */
export function transliterate(text: string): string {
  return [...text]
    .map((ch) => {
      const latin = LATIN.get(ch.toLowerCase());
      if (latin === undefined) return ch;
      return ch === ch.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/**
 * Gives every heading a readable id: the slug of its text in Latin letters. A Cyrillic slug would
 * travel as a 130-character percent-encoded address; an English heading keeps the id Astro would give
 * it. Astro keeps ids that are already set and lists the headings with them.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || typeof node.properties.id === 'string') return;
      node.properties.id = slugger.slug(transliterate(toString(node)));
    });
  };
}
