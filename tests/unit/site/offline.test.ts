import { describe, expect, test } from 'vitest';
import { codePage } from '../../../src/site/page-data/code';
import { BUCKETS, offlineShard, packPages, unpackPages } from '../../../src/site/page-data/offline';
import { liveSite } from './catalogue';

const site = await liveSite();
const pages = site.records.map((r) => codePage(r, site, { link: () => '', repository: 'https://github.com/o/r' }));
const shards = Map.groupBy(pages, (p) => offlineShard(p.url)!);

describe('the offline data of code pages', () => {
  test('has a file for every record, named by its area and a bucket of its last number', () => {
    expect(pages.filter((p) => !offlineShard(p.url)?.startsWith(`${p.area.slug}-`))).toEqual([]);
    expect(offlineShard('/calling/487/10003/')).toBe(`calling-${10003 % BUCKETS}`);
    expect(offlineShard('/call-automation/400/play-failed/')).toBe(`call-automation-${400 % BUCKETS}`);
  });

  test('finds no file for a path without a number or an area', () => {
    expect([offlineShard('/calling/'), offlineShard('/487/'), offlineShard('/')]).toEqual([null, null, null]);
  });

  test('reads a long number’s bucket exactly', () => {
    expect(offlineShard(`/pstn/1/${'9'.repeat(20)}7/`)).toBe(`pstn-${997 % BUCKETS}`);
  });

  test('gives back every page of a file exactly as it was packed', () => {
    for (const list of shards.values()) expect(unpackPages(JSON.parse(JSON.stringify(packPages(list))))).toEqual(list);
  });

  test('stores the parts an area’s pages repeat once, so a file is smaller than its pages', () => {
    for (const list of shards.values())
      if (list.length > 1) expect(JSON.stringify(packPages(list)).length).toBeLessThan(JSON.stringify(list).length);
  });
});
