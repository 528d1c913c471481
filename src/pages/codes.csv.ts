import type { APIRoute } from 'astro';
import { getSite } from '../site/catalogue';
import { toCsv, toPublicRecord } from '../site/public-record';

export const GET: APIRoute = async () => {
  const { records, sources } = await getSite();
  return new Response(toCsv(records.map((r) => toPublicRecord(r, sources))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
