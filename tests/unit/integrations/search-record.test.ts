import { describe, expect, test } from 'vitest';
import { searchRecord } from '../../../src/integrations/pagefind';
import { numbersLabel } from '../../../src/records/label';
import { oneLine } from '../../../src/records/text';
import { codePage } from '../../../src/site/page-data/code';
import { liveSite } from '../site/catalogue';

// What search indexes of a record comes from the same page data as its offline page.

const site = await liveSite();
const options = { link: () => '', repository: null };
const pageOf = (pick: (r: (typeof site.records)[number]) => boolean) => {
  const record = site.records.find(pick)!;
  return { record, page: codePage(record, site, options) };
};
const advised = pageOf(
  (r) => r.code !== null && r.subcode !== null && r.advice.includes('\n') && r.resultCategory !== null,
);
const standard = pageOf((r) => r.codeSpace === 'sip' && r.guidance !== '');
const subcodeOnly = pageOf((r) => r.code === null);

describe('what search indexes of a record', () => {
  test('is its message and Microsoft’s advice, each on one line, without list dashes', () => {
    expect(searchRecord(advised.page).content).toBe(
      `${oneLine(advised.record.message)}\n${oneLine(advised.record.advice)}`,
    );
  });

  test('leaves out this site’s guidance and general guidance', () => {
    expect(searchRecord(standard.page).content).toBe(oneLine(standard.record.message));
  });

  test('is titled by the area, the numbers as pasted and the table', () => {
    expect(searchRecord(advised.page).meta.title).toBe(
      `${site.titleOf(advised.record.area)} ${advised.record.code}/${advised.record.subcode} · ${advised.record.table}`,
    );
  });

  test('names a record without a code by its subcode', () => {
    expect(searchRecord(subcodeOnly.page).meta.title).toContain(`${numbersLabel(subcodeOnly.record)} · `);
    expect(numbersLabel(subcodeOnly.record)).toMatch(/^subcode \d+$/);
  });

  test('filters by area and result category, and leaves out a category the record lacks', () => {
    const title = site.titleOf(advised.record.area);
    expect(searchRecord(advised.page).filters).toEqual({ area: [title], category: [advised.record.resultCategory] });
    expect(searchRecord(standard.page).filters).toEqual({ area: [site.titleOf(standard.record.area)] });
  });

  test('keeps the site-relative URL, which Pagefind prefixes with the base path', () => {
    expect(searchRecord(advised.page).url).toBe(advised.record.url);
  });
});
