import type { APIRoute } from 'astro';
import { SHARD_COUNT, fieldAreas } from '../../lib/lookup';
import { allAreas } from '../../lib/site';

/** What the exact-number lookup needs besides the shards: area titles and the API field names. */
export const GET: APIRoute = async () => {
  const areas = await allAreas();
  const titles = Object.fromEntries(areas.map((a) => [a.slug, a.frontmatter.title]));
  const fields = fieldAreas(areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })));
  return new Response(JSON.stringify({ titles, fields, shards: SHARD_COUNT }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
