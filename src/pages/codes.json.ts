import type { APIRoute } from 'astro';
import { toPublicRecord } from '../lib/public-record';
import { allRecords } from '../lib/site';

export const GET: APIRoute = async () => {
  const records = await allRecords();
  return new Response(JSON.stringify(records.map(toPublicRecord), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
