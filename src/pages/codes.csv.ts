import type { APIRoute } from 'astro';
import { getSite } from '../site/catalogue';
import { absoluteUrl } from '../site/deploy';
import { toCsv, toPublicRecord } from '../site/public-record';

export const GET: APIRoute = async () => {
  const { records, sources, area, categories } = await getSite();
  const context = { sources, area, categories, absolute: absoluteUrl };
  return new Response(toCsv(records.map((r) => toPublicRecord(r, context))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
