import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingIds, transliterate } from '../../../src/markdown/rehype-heading-ids';

const heading = (text: string) => ({
  type: 'element' as const,
  tagName: 'h2',
  properties: {},
  children: [{ type: 'text' as const, value: text }],
});
const idsOf = (...texts: string[]) => {
  const tree: Root = { type: 'root', children: texts.map(heading) };
  rehypeHeadingIds()(tree);
  return tree.children.map((c) => (c.type === 'element' ? c.properties.id : null));
};

describe('readable heading ids', () => {
  test('spell a Russian heading in Latin letters', () => {
    expect(idsOf('Советы по устранению неполадок', 'Доступ к ИД MS-CV')).toEqual([
      'sovety-po-ustraneniyu-nepoladok',
      'dostup-k-id-ms-cv',
    ]);
  });

  test('keep the id an English heading has always had', () => {
    expect(idsOf('Access your MS-CV ID', 'Troubleshooting tips')).toEqual([
      'access-your-ms-cv-id',
      'troubleshooting-tips',
    ]);
  });

  test('stay unique within a page', () => {
    expect(idsOf('JavaScript', 'JavaScript')).toEqual(['javascript', 'javascript-1']);
  });

  test('drop the hard and soft signs and keep capitals', () => {
    expect(transliterate('Объявление Щука')).toBe('Obyavlenie Shchuka');
  });
});
