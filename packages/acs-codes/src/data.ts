// What the package ships, made from content/ by the modules that make the site's /codes.json and
// /lookup/*.json: never a copy of them. Runs at build time only (it reads zod schemas via Astro).
import type { Catalogue } from '../../../src/pipeline/load';
import { withBase, basePrefix } from '../../../src/routing/base';
import { SCHEMA_VERSION } from '../../../src/schemas/public-record';
import { buildDate } from '../../../src/site/build-date';
import { lookupEntries, lookupMeta } from '../../../src/site/lookup-data';
import { codesFile, newestSourceDate } from '../../../src/site/public-record';
import { basePath, siteUrl } from '../../../src/site/site-url';
import { makeSite } from '../../../src/site/site';
import type { LookupData } from './catalogue';
import type { CodesFile } from './schema-types';

export interface PackageData {
  /** The site's `/codes.json`, byte for byte what the site built with the same address would publish. */
  codes: CodesFile;
  /** The site's lookup index and vocabulary in one file: the package reads pastes offline. */
  lookup: LookupData;
  /** The package's version: the format's major and minor, then the catalogue's date (see the README). */
  version: string;
}

type Env = Record<string, string | undefined>;

/** The absolute URL of a site path, as the site built with this environment (SITE_URL, BASE_PATH) links it. */
export function siteAddress(env: Env): (path: string) => string {
  const origin = siteUrl(env);
  const base = basePrefix(basePath(env));
  return (path: string) => new URL(withBase(path, base), origin).href;
}

/**
 * `MAJOR.MINOR.YYYYMMDDHHMMSS`: the format version's major and minor, and as patch the catalogue's
 * date (`generated` of codes.json, UTC). Versions sort by format, then by catalogue date.
 */
export function packageVersion(schemaVersion: string, generated: string): string {
  const [major, minor] = schemaVersion.split('.');
  return `${major}.${minor}.${generated.replace(/\D/g, '')}`;
}

export function packageData(catalogue: Catalogue, env: Env): PackageData {
  const site = makeSite({ ...catalogue, guides: [] });
  const absolute = siteAddress(env);
  const generated = buildDate(env, newestSourceDate(site.sources.values()));
  const codes = codesFile(
    site.records,
    { sources: site.sources, area: site.area, categories: site.categories, absolute },
    generated,
  );
  const { titles, vocabulary } = lookupMeta({ ...site, areaWords: catalogue.areaWords });
  return {
    codes,
    lookup: { home: absolute('/'), titles, vocabulary, entries: lookupEntries(site.records) },
    version: packageVersion(SCHEMA_VERSION, generated),
  };
}
