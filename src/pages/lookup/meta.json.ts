import type { APIRoute } from 'astro';
import { getSite } from '../../site/catalogue';
import { lookupMeta } from '../../site/lookup-data';

/**
 * What the exact lookup needs besides the shards: area titles, and the vocabulary it reads pastes
 * with (field names, area words, SDK names of codes).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(lookupMeta(await getSite())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
