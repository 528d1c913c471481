import type { APIRoute } from 'astro';
import { SHARD_COUNT, type IndexEntry } from '../../matcher/entry';
import { getSite } from '../../site/catalogue';
import { lookupShards } from '../../site/lookup-data';

let shards: Promise<IndexEntry[][]> | undefined;

/** One shard of the exact-number index: every record whose code or subcode falls in it. */
export function getStaticPaths() {
  return Array.from({ length: SHARD_COUNT }, (_, shard) => ({ params: { shard: String(shard) } }));
}

export const GET: APIRoute = async ({ params }) => {
  shards ??= getSite().then(({ records }) => lookupShards(records));
  return new Response(JSON.stringify((await shards)[Number(params.shard)]), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
