import { getCollection, type CollectionEntry } from 'astro:content';
import type { AreaWord } from '../schemas/area-word';
import { makeSite, type Site } from './site';

export { RELATED_LIMIT, type Site } from './site';

/**
 * The site with the guides' collection entries, which only Astro can render, and the words in pasted
 * text that name an area (the lookup's context words).
 */
export type CatalogueSite = Site & { guides: CollectionEntry<'guides'>[]; areaWords: AreaWord[] };

let site: Promise<CatalogueSite> | undefined;

/**
 * The collections and every index derived from them, computed once per build. Only routes call it:
 * they build each page's data from it and hand components their props.
 */
export function getSite(): Promise<CatalogueSite> {
  site ??= buildSite();
  return site;
}

async function buildSite(): Promise<CatalogueSite> {
  // In `astro dev`, an edit that broke content/ shows its problems in the error overlay.
  const problems = (await getCollection('contentProblems')).flatMap((e) => e.data.list);
  if (problems.length > 0) throw new Error(`Content has ${problems.length} problem(s):\n${problems.join('\n')}`);
  const [codeEntries, areaEntries, guides, categoryEntries, redirectEntries, areaWordEntries] = await Promise.all([
    getCollection('codes'),
    getCollection('areas'),
    getCollection('guides'),
    getCollection('categories'),
    getCollection('redirects'),
    getCollection('areaWords'),
  ]);
  // The store keeps insertion order in a build; `order` makes it explicit.
  const records = codeEntries.map((e) => e.data).sort((a, b) => a.order - b.order);
  const areas = areaEntries
    .map((e) => e.data)
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.slug.localeCompare(b.slug));
  const guideRefs = guides.map((g) => ({
    id: g.id,
    lang: g.data.lang,
    slug: g.id.split('/').at(-1)!,
    translationKey: g.data.translationKey,
  }));
  const site = makeSite({
    records,
    areas,
    guides: guideRefs,
    categories: categoryEntries[0]?.data ?? null,
    redirects: redirectEntries.flatMap((e) => e.data.list),
  });
  return { ...site, guides, areaWords: areaWordEntries.flatMap((e) => e.data.list) };
}
