import { describe, expect, test } from 'vitest';
import { actionPieces, meaningPieces, needsSupport } from '../../../src/records/guidance';
import type { AreaEntry } from '../../../src/schemas/area';
import type { CategoryGuidance } from '../../../src/schemas/guidance';
import { record } from '../matcher/entries';

const area = {
  slug: 'demo',
  tableIntros: { table: '<p>About the table.</p>' },
  classesHtml: { '4xx': '<p>Fix the request.</p>', subcode: '<p>Read with the code.</p>' },
  frontmatter: { classes: { '4xx': 'Fix the request.', subcode: 'Read with the code.' } },
} as unknown as AreaEntry;
const categories = {
  ExpectedError: {
    meaning: 'Expected.',
    meaningHtml: '<p>Expected.</p>',
    action: 'Check arguments.',
    actionHtml: '<p>Check arguments.</p>',
  },
} as CategoryGuidance;
const scopes = (pieces: { scope: string; about: string }[]) => pieces.map((p) => `${p.scope}:${p.about}`);

describe('what to do', () => {
  test('the source advice alone, when there is some', () => {
    const r = record('demo', 400, 1, 'x', {
      advice: 'Retry.',
      adviceHtml: '<p>Retry.</p>',
      resultCategory: 'ExpectedError',
    });
    expect(scopes(actionPieces(r, area, categories))).toEqual(['source:']);
  });

  test('without advice: the category, then the code class, each labelled general', () => {
    const r = record('demo', 400, 1, 'x', { resultCategory: 'ExpectedError' });
    expect(scopes(actionPieces(r, area, categories))).toEqual(['category:ExpectedError', 'class:4xx']);
  });

  test('a subcode without a code takes the subcode guidance of its area', () => {
    expect(scopes(actionPieces(record('demo', null, 8535, 'x'), area, categories))).toEqual(['class:subcode']);
  });

  test('nothing at all when the content gives nothing', () => {
    expect(actionPieces(record('demo', 500, 1, 'x'), area, categories)).toEqual([]);
  });
});

describe('what it means', () => {
  test('the category and the table, each labelled', () => {
    expect(
      scopes(meaningPieces(record('demo', 400, 1, 'x', { resultCategory: 'ExpectedError' }), area, categories)),
    ).toEqual(['category:ExpectedError', 'table:demo table']);
  });
});

describe('needsSupport', () => {
  test.each([
    ['collect logs and contact support', true],
    ['Call ended.', false],
  ])('%s', (advice, expected) => {
    expect(needsSupport({ message: 'm', advice, guidance: '' })).toBe(expected);
  });
});
