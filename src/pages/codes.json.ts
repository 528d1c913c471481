import type { APIRoute } from 'astro';
import { getSite } from '../site/catalogue';
import { buildDate } from '../site/build-date';
import { absoluteUrl } from '../site/deploy';
import { codesFile, newestSourceDate } from '../site/public-record';

export const GET: APIRoute = async () => {
  const { records, sources, area, categories } = await getSite();
  const generated = buildDate(process.env, newestSourceDate(sources.values()));
  const file = codesFile(records, { sources, area, categories, absolute: absoluteUrl }, generated);
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
