import type { APIRoute } from 'astro';
import { SHARD_COUNT } from '../../matcher/entry';
import { buildVocabulary } from '../../matcher/vocabulary';
import { getSite } from '../../site/catalogue';

/**
 * What the exact lookup needs besides the shards: area titles, and the vocabulary it reads pastes
 * with (field names, area words, SDK names of codes).
 */
export const GET: APIRoute = async () => {
  const { areas, records, areaWords } = await getSite();
  const titles = Object.fromEntries(areas.map((a) => [a.slug, a.frontmatter.title]));
  const vocabulary = buildVocabulary({
    areas: areas.map((a) => ({ slug: a.slug, appearsIn: a.frontmatter.appearsIn })),
    records,
    areaWords,
  });
  return new Response(JSON.stringify({ titles, vocabulary, shards: SHARD_COUNT }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
