import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/deploy';
import { codesJsonSchema } from '../site/public-record';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(codesJsonSchema(absoluteUrl('/codes.schema.json')), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
