import { describe, expect, test } from 'vitest';
import { sectionMap, type GuideHeading } from '../../../src/site/page-data/guide';

const h = (depth: number, slug: string): GuideHeading => ({ depth, slug, text: slug.toUpperCase() });

describe('the same sections in two languages', () => {
  const english = [h(2, 'getting-help'), h(2, 'access-your-ms-cv-id'), h(3, 'client-options-example'), h(2, 'tips')];
  const russian = [h(2, 'poluchenie-spravki'), h(2, 'dostup-k-id-ms-cv'), h(3, 'primer'), h(2, 'sovety')];

  test('are matched by position when the outlines agree, subsections too', () => {
    expect(sectionMap(russian, english)).toEqual({
      'poluchenie-spravki': { id: 'getting-help', text: 'GETTING-HELP' },
      'dostup-k-id-ms-cv': { id: 'access-your-ms-cv-id', text: 'ACCESS-YOUR-MS-CV-ID' },
      primer: { id: 'client-options-example', text: 'CLIENT-OPTIONS-EXAMPLE' },
      sovety: { id: 'tips', text: 'TIPS' },
    });
  });

  test('are matched on their top-level headings when only the subsections differ', () => {
    const withoutSubsection = russian.filter((r) => r.depth === 2);
    expect(Object.keys(sectionMap(withoutSubsection, english))).toEqual([
      'poluchenie-spravki',
      'dostup-k-id-ms-cv',
      'sovety',
    ]);
    expect(sectionMap(withoutSubsection, english)['sovety']?.id).toBe('tips');
  });

  test('are not matched at all when a section exists in one language only', () => {
    expect(sectionMap(russian.slice(1), english)).toEqual({});
  });
});
