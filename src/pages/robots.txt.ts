import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/deploy';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
    headers: { 'content-type': 'text/plain' },
  });
