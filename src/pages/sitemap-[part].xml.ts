import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSitemap } from '../site/sitemap-site';

/** The numbered parts of the sitemap index: none until the site has more than 50,000 pages. */
export const getStaticPaths: GetStaticPaths = async () =>
  [...(await siteSitemap()).keys()]
    .map((file) => /^sitemap-(\d+)\.xml$/.exec(file)?.[1])
    .filter((part) => part !== undefined)
    .map((part) => ({ params: { part } }));

export const GET: APIRoute = async ({ params }) =>
  new Response((await siteSitemap()).get(`sitemap-${params.part}.xml`), {
    headers: { 'content-type': 'application/xml' },
  });
