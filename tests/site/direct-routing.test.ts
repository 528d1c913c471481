import { describe, expect, test } from 'vitest';
import { PAIRS } from '../unit/importer/teams-pages';
import { pageOf, records, textOf } from './helpers';

// The pairs come from Microsoft's Teams pages in the import fixtures, read without the importer.

const TEAMS = 'https://learn.microsoft.com/en-us/microsoftteams/troubleshoot/phone-system/direct-routing/';

describe('Microsoft’s Teams Direct Routing pairs', () => {
  test('each has a record page that names its Teams article among its sources', async () => {
    const missing: string[] = [];
    for (const pair of PAIRS) {
      const [sip, microsoft] = pair.split('/').map(Number);
      const found = records.filter(
        (r) =>
          r.codeSpace === 'acs' &&
          r.code === sip &&
          r.subcode === microsoft &&
          r.source.some((s) => s.url.startsWith(TEAMS)),
      );
      if (found.length === 0) missing.push(pair);
      for (const r of found) {
        const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await pageOf(r.url))?.[1] ?? '');
        expect(h1, r.url).toMatch(new RegExp(`\\b${sip}\\b[\\s\\S]*\\b${microsoft}\\b`));
      }
    }
    expect(missing).toEqual([]);
  });
});
