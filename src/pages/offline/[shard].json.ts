import type { APIRoute, GetStaticPaths } from 'astro';
import type { CodeRecord } from '../../schemas/record';
import { getSite } from '../../site/catalogue';
import { buildOptions } from '../../site/page-data/build-options';
import { codePage } from '../../site/page-data/code';
import { offlineShard, packPages } from '../../site/page-data/offline';

/**
 * The data of every code page, a few dozen pages a file: the worker keeps them all, so a record opens
 * offline at its own address, rendered by the same template as online. Search indexes the same data.
 */
export const getStaticPaths = (async () => {
  const { records } = await getSite();
  const shards = Map.groupBy(records, (r) => offlineShard(r.url)!);
  return [...shards].map(([shard, list]) => ({ params: { shard }, props: { records: list } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: CodeRecord[] }> = async ({ props }) => {
  const site = await getSite();
  const pages = props.records.map((r) => codePage(r, site, buildOptions));
  return new Response(JSON.stringify(packPages(pages)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
