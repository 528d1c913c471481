import { vi } from 'vitest';
import { en } from '../../../src/i18n/en';
import { loadContent } from '../../../src/pipeline/load';
import { recordToOpen, type Match } from '../../../src/matcher/rank';
import { ExactIndex } from '../../../src/scripts/exact-index';
import { describe, fill } from '../../../src/scripts/match-view';
import { lookupMeta, lookupShards } from '../../../src/site/lookup-data';
import { makeSite } from '../../../src/site/site';

/** A fixed catalogue date and address, so that both sides link the same pages. */
export const ENV = { SITE_URL: 'https://codes.example.org', SOURCE_DATE_EPOCH: '1796000000' };
export const HOME = 'https://codes.example.org/';

/**
 * The site's lookup page over the live content: its ExactIndex, fetching `/lookup/meta.json` and
 * `/lookup/<shard>.json` as the build writes them (through JSON, as a browser receives them).
 */
export async function siteLookup() {
  const catalogue = await loadContent('content');
  const site = makeSite({ ...catalogue, guides: [] });
  const meta = lookupMeta({ ...site, areaWords: catalogue.areaWords });
  const shards = lookupShards(site.records);
  const served = (url: string) => {
    const shard = /lookup\/(\d+)\.json$/.exec(url)?.[1];
    return shard === undefined ? meta : shards[Number(shard)];
  };
  vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(served(url))));
  const index = new ExactIndex('/');
  return { catalogue, titles: meta.titles, match: (text: string) => index.match(text) };
}

const s = en.lookupUi;

/**
 * The lookup table's row for each code, as the CLI prints it: reported (×n), documented?, the best
 * record (area, numbers, message) and its page, tab-separated.
 */
export function tableLines(matches: Match[], titles: Record<string, string>): string[] {
  return matches.map((m) => {
    const best = m.whole[0] ?? m.partial[0]?.entries[0];
    const times = m.observation.count > 1 ? ` ${fill(s.times, { n: m.observation.count })}` : '';
    const observed = best?.status === 'observed' ? ` (${s.observed})` : '';
    const record = best
      ? [`${titles[best.area]} ${best.label}${observed}: ${best.message}`, HOME + best.url.slice(1)]
      : [s.none];
    return [describe(m.observation, s) + times, s[`quality.${m.best ?? 'none'}`], ...record].join('\t');
  });
}

/** The site's answer for a paste in the package's terms: what it reads, how documented, which records, what it opens. */
export function siteOutcome(matches: Match[]) {
  const id = (url: string) => url.replace(/^\/|\/$/g, '');
  return {
    found: matches.map((m) => ({
      description: describe(m.observation, s),
      count: m.observation.count,
      quality: m.best,
      records: m.whole.map((e) => id(e.url)),
      partial: m.partial.map((p) => ({ quality: p.quality, records: p.entries.map((e) => id(e.url)) })),
    })),
    opens: recordToOpen(matches)?.url.replace(/^\/|\/$/g, '') ?? null,
    status: matches.every((m) => m.best === 'whole') ? 0 : 1,
  };
}
