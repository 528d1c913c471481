import type { APIRoute } from 'astro';
import { pagePaths } from '../routing/pages';
import { getSite } from '../site/catalogue';
import { absoluteUrl } from '../site/deploy';

export const GET: APIRoute = async () => {
  const urls = pagePaths((await getSite()).routes).map((path) => `  <url><loc>${absoluteUrl(path)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
