import type { APIRoute } from 'astro';
import { toCsv, toPublicRecord } from '../lib/public-record';
import { allRecords } from '../lib/site';

export const GET: APIRoute = async () =>
  new Response(toCsv((await allRecords()).map(toPublicRecord)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
