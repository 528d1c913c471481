import { describe, expect, test } from 'vitest';
import { BASE, readDist, records } from './helpers';

// The changes feed lists, for each dated version, the codes it added: derived from /codes.json.

const feed = await readDist('changes.xml');
const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);

describe('/changes.xml', () => {
  test('is an Atom feed with one dated entry per version, newest first', () => {
    const dates = entries.map((e) => /<updated>(\d{4}-\d\d-\d\d)T/.exec(e)?.[1]);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every(Boolean)).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('the newest entry links every record that the newest version added', () => {
    const newest = /<updated>(\d{4}-\d\d-\d\d)T/.exec(entries[0]!)![1];
    const added = records.filter((r) => r.status === 'documented' && r.source.at(-1)?.date === newest);
    expect(added.length).toBeGreaterThan(0);
    for (const r of added) expect(entries[0], r.url).toContain(`${BASE}${r.url.slice(1)}&quot;`);
  });
});
