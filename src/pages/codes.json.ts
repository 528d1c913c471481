import type { APIRoute } from 'astro';
import { getSite } from '../site/catalogue';
import { toPublicRecord } from '../site/public-record';

export const GET: APIRoute = async () => {
  const { records, sources } = await getSite();
  return new Response(
    JSON.stringify(
      records.map((r) => toPublicRecord(r, sources)),
      null,
      2,
    ),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  );
};
