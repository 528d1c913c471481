import { stringsFor } from '../../i18n';
import { areaPath, guidePath, lookupPath } from '../../routing/urls';
import type { Site } from '../site';

/** What the layout around every page shows: the navigation. */
export interface Chrome {
  lang: string;
  nav: { path: string; label: string; current: boolean }[];
}

/** The layout's data for the page at `path` (a site path) in `lang`. */
export function chromeData(site: Site, lang: string, path: string): Chrome {
  const t = stringsFor(lang);
  const guide = site.guideRefs.find((g) => g.lang === lang) ?? site.guideRefs.find((g) => g.lang === 'en');
  const links = [
    ...site.areas.map((a) => ({ path: areaPath(a.slug), label: a.frontmatter.navTitle ?? a.frontmatter.title })),
    { path: '/codes/', label: t.allCodesTitle },
    { path: lookupPath(), label: t.nav.lookup },
    ...(guide ? [{ path: guidePath(guide.lang, guide.slug), label: t.nav.guide }] : []),
    { path: '/changes/', label: t.nav.changes },
  ];
  return {
    lang,
    nav: links.map((l) => ({ ...l, current: l.path === path })),
  };
}
