import type { APIRoute } from 'astro';
import { codesJsonSchema } from '../lib/public-record';

export const GET: APIRoute = ({ site, url }) =>
  new Response(JSON.stringify(codesJsonSchema(new URL(url.pathname, site).href), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
