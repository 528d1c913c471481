import type { APIRoute } from 'astro';
import { siteSitemap } from '../site/sitemap-site';

export const GET: APIRoute = async () =>
  new Response((await siteSitemap()).get('sitemap.xml'), { headers: { 'content-type': 'application/xml' } });
