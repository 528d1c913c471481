import type { APIRoute } from 'astro';
import { fieldAreas } from '../../matcher/field-areas';
import { SHARD_COUNT } from '../../matcher/entry';
import { getSite } from '../../site/catalogue';

/** What the exact lookup needs besides the shards: area titles and the API field names of each area. */
export const GET: APIRoute = async () => {
  const { areas } = await getSite();
  const titles = Object.fromEntries(areas.map((a) => [a.slug, a.frontmatter.title]));
  const fields = fieldAreas(areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })));
  return new Response(JSON.stringify({ titles, fields, shards: SHARD_COUNT }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
