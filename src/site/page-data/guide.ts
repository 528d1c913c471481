/** A heading as Astro lists a rendered guide's headings. */
export interface GuideHeading {
  depth: number;
  slug: string;
  text: string;
}

/** A translation of a guide, with each of this guide's sections' anchor in it. */
export interface GuideSwitch {
  lang: string;
  path: string;
  /** This guide's section id → the same section in the translation: its id and its heading. */
  sections: Record<string, { id: string; text: string }>;
}

/**
 * The same sections in two languages, matched by position. Translations keep the original's
 * outline, so the n-th heading of one is the n-th heading of the other; when the outlines differ
 * (a section added to one language only), the sections are matched on their top-level headings if
 * those still line up, and otherwise not at all: the switch then opens the other guide at its top.
 */
export function sectionMap(own: GuideHeading[], other: GuideHeading[]): GuideSwitch['sections'] {
  const pairs = (a: GuideHeading[], b: GuideHeading[]) =>
    Object.fromEntries(a.map((h, i) => [h.slug, { id: b[i]!.slug, text: b[i]!.text }]));
  const outline = (hs: GuideHeading[]) => hs.map((h) => h.depth).join(',');
  if (outline(own) === outline(other)) return pairs(own, other);
  const top = (hs: GuideHeading[]) => hs.filter((h) => h.depth === 2);
  return top(own).length === top(other).length ? pairs(top(own), top(other)) : {};
}
