import type { APIRoute } from 'astro';
import { SHARD_COUNT, shardEntries, type IndexEntry } from '../../lib/lookup';
import { allRecords } from '../../lib/site';
import { numbersLabel } from '../../lib/url';

let shards: Promise<IndexEntry[][]> | undefined;

/** One shard of the exact-number index: every record whose code or subcode falls in it. */
export async function getStaticPaths() {
  return Array.from({ length: SHARD_COUNT }, (_, shard) => ({ params: { shard: String(shard) } }));
}

export const GET: APIRoute = async ({ params }) => {
  shards ??= allRecords().then((records) =>
    shardEntries(
      records.map((r) => ({
        code: r.code,
        subcode: r.subcode,
        area: r.area,
        url: r.url,
        label: numbersLabel(r),
        message: r.message.split('\n')[0]!.slice(0, 140),
        category: r.resultCategory,
      })),
    ),
  );
  return new Response(JSON.stringify((await shards)[Number(params.shard)]), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
