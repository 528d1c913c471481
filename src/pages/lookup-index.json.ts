import type { APIRoute } from 'astro';
import { fieldAreas, type IndexEntry } from '../lib/lookup';
import { allAreas, allRecords } from '../lib/site';
import { numbersLabel } from '../lib/url';

/** The small index behind the lookup and the exact-number search results. */
export const GET: APIRoute = async () => {
  const [records, areas] = await Promise.all([allRecords(), allAreas()]);
  const entries: IndexEntry[] = records.map((r) => ({
    code: r.code,
    subcode: r.subcode,
    area: r.area,
    url: r.url,
    label: numbersLabel(r),
    message: r.message.split('\n')[0]!.slice(0, 140),
    category: r.resultCategory,
  }));
  const titles = Object.fromEntries(areas.map((a) => [a.slug, a.frontmatter.title]));
  const fields = fieldAreas(areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })));
  return new Response(JSON.stringify({ titles, fields, entries }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
