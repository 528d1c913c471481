import { pagePaths } from '../routing/pages';
import { DEFAULT_LANG, FIXED_PAGES, guidePath } from '../routing/urls';
import { buildDate, fileCommitDay } from './build-date';
import { getSite } from './catalogue';
import { absoluteUrl } from './deploy';
import { newestSourceDate } from './public-record';
import { sitemapEntries, sitemapFiles, type SitemapPage } from './sitemap';

let files: Promise<Map<string, string>> | undefined;

/** This build's sitemap files, computed once: `sitemap.xml`, and past 50,000 URLs the numbered parts. */
export function siteSitemap(): Promise<Map<string, string>> {
  files ??= build();
  return files;
}

async function build() {
  const { routes, sources, guides } = await getSite();
  const buildDay = buildDate(process.env, newestSourceDate(sources.values())).slice(0, 10);
  const guideByPath = new Map(guides.map((g) => [guidePath(g.data.lang, g.id.split('/').at(-1)!), g]));
  const byPath = new Map(routes.map((r) => [r.path, r.props]));
  const pages = pagePaths(routes).map((path): SitemapPage => {
    const props = byPath.get(path);
    if (!props || (FIXED_PAGES as readonly string[]).includes(path)) return { kind: 'fixed', path };
    if (props.kind === 'code') return { kind: 'records', path, sourceIds: props.record.listedIn };
    if (props.kind === 'number') return { kind: 'records', path, sourceIds: props.records.flatMap((r) => r.listedIn) };
    if (props.kind === 'area')
      return { kind: 'records', path, sourceIds: props.area.frontmatter.sources.map((s) => s.id) };
    if (props.kind === 'guide') {
      const file = guideByPath.get(path)?.filePath;
      const translations = [props.guide, ...props.translations].map((g) => ({
        lang: g.lang,
        path: guidePath(g.lang, g.slug),
      }));
      return {
        kind: 'guide',
        path,
        lastmod: file ? fileCommitDay(file) : null,
        translations,
        defaultLang: DEFAULT_LANG,
      };
    }
    return { kind: 'fixed', path };
  });
  const dates = new Map([...sources].map(([id, s]) => [id, s.date]));
  return sitemapFiles(sitemapEntries(pages, dates, buildDay, absoluteUrl), (file) => absoluteUrl(`/${file}`));
}
