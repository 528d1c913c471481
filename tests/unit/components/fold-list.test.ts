import { describe, expect, test } from 'vitest';
import { foldList } from '../../../src/components/code/top';

const list = (n: number) => `<ul>\n${Array.from({ length: n }, (_, i) => `<li>item ${i}</li>`).join('\n')}\n</ul>`;

describe('foldList', () => {
  test('keeps the first items and folds the rest, losing none', () => {
    const folded = foldList(list(7), 2)!;
    expect(folded.more).toBe(5);
    expect(folded.lead).toBe('<ul><li>item 0</li><li>item 1</li></ul>');
    expect(`${folded.lead}${folded.rest}`.match(/<li>/g)).toHaveLength(7);
  });

  test('leaves a list alone when folding would hide a single item', () => {
    expect(foldList(list(3), 2)).toBeNull();
  });

  test('leaves a message that is not one flat list alone', () => {
    expect(foldList('<p>text</p>' + list(7), 2)).toBeNull();
    expect(foldList('<ul><li>a<ul><li>b</li><li>c</li><li>d</li><li>e</li></ul></li></ul>', 2)).toBeNull();
  });
});
