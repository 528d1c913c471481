import { describe, expect, test } from 'vitest';
import { actionPieces, meaningPieces, needsSupport, sourceAuthor } from '../../../src/records/guidance';
import type { Intent } from '../../../src/records/intents';
import type { AreaEntry } from '../../../src/schemas/area';
import type { CategoryGuidance } from '../../../src/schemas/guidance';
import { record } from '../matcher/entries';

const source = { id: 's1', title: 'An article', url: 'https://learn.microsoft.com/a', date: '2025-07-14' };
const declared = (text: string, intents: Intent[]) => ({ text, intents });
const classes = {
  '0': declared('Ended normally.', ['nothing-wrong']),
  '408': declared('Timed out; try again.', ['retry']),
  '4xx': declared('Fix the request.', ['request-wrong', 'do-not-resend']),
  subcode: declared('Read with the code.', []),
};
const area = {
  slug: 'demo',
  tableIntros: { table: '<p>About the table.</p>' },
  classesHtml: Object.fromEntries(Object.entries(classes).map(([k, v]) => [k, `<p>${v.text}</p>`])),
  frontmatter: { classes, sources: [source] },
} as unknown as AreaEntry;
const general = (text: string, intents: Intent[]) => ({ text, html: `<p>${text}</p>`, intents });
const categories = {
  ExpectedError: { meaning: general('Expected.', []), action: general('Check arguments.', ['do-not-resend']) },
  UnexpectedClientError: { meaning: general('Client side.', []), action: general('Try once more.', ['retry']) },
  Success: { meaning: general('It worked.', ['nothing-wrong']), action: general('Nothing to fix.', ['nothing-wrong']) },
} as CategoryGuidance;
const scopes = (pieces: { scope: string; about: string }[]) => pieces.map((p) => `${p.scope}:${p.about}`);

describe('what to do', () => {
  test('is the source’s advice alone when the row has some, whatever its category and class', () => {
    const r = record('demo', 400, 1, 'x', { advice: 'Retry.', adviceHtml: '<p>Retry.</p>', resultCategory: 'Success' });
    expect(scopes(actionPieces(r, area, categories))).toEqual(['source:']);
  });

  test('is the site’s guidance for the code when the row has it', () => {
    const r = record('demo', 403, 5828, 'x', { guidance: 'Add the user.', resultCategory: 'UnexpectedClientError' });
    expect(scopes(actionPieces(r, area, categories))).toEqual(['site:']);
  });

  test('without advice, is the result category’s guidance and not the class’s, which only repeats the first digit', () => {
    const r = record('demo', 400, 1, 'x', { resultCategory: 'ExpectedError' });
    expect(scopes(actionPieces(r, area, categories))).toEqual(['category:ExpectedError']);
  });

  test('without advice or category, is the guidance for the code’s class', () => {
    expect(scopes(actionPieces(record('demo', 404, null, 'x'), area, categories))).toEqual(['class:4xx']);
  });

  test('takes the guidance for the exact code instead of its class, next to the category', () => {
    const timeout = record('demo', 408, 40101, 'x', { resultCategory: 'UnexpectedClientError' });
    expect(scopes(actionPieces(timeout, area, categories))).toEqual(['category:UnexpectedClientError', 'class:408']);
    expect(scopes(actionPieces(record('demo', 408, null, 'x'), area, categories))).toEqual(['class:408']);
  });

  test('a one-digit code has no guidance of its own apart from its class', () => {
    const ended = record('demo', 0, 0, 'x', { resultCategory: 'Success' });
    expect(scopes(actionPieces(ended, area, categories))).toEqual(['category:Success']);
    expect(scopes(actionPieces(record('demo', 0, 5, 'x'), area, categories))).toEqual(['class:0']);
  });

  test('a subcode without a code takes the subcode guidance of its area', () => {
    expect(scopes(actionPieces(record('demo', null, 8535, 'x'), area, categories))).toEqual(['class:subcode']);
  });

  test('is empty when the content gives nothing', () => {
    expect(actionPieces(record('demo', 500, 1, 'x'), area, categories)).toEqual([]);
  });
});

describe('what it means', () => {
  test('is this site’s meaning of the code, then the category’s, then the table’s introduction', () => {
    const r = record('demo', 400, 1, 'x', {
      resultCategory: 'ExpectedError',
      meaning: 'Usually…',
      meaningHtml: '<p>…</p>',
    });
    expect(scopes(meaningPieces(r, area, categories))).toEqual([
      'usage:',
      'category:ExpectedError',
      'table:demo table',
    ]);
  });
});

describe('whose words each piece is', () => {
  const kinds = (pieces: { author: { kind: string } }[]) => pieces.map((p) => p.author.kind);

  test('the advice and a documented table’s introduction are Microsoft’s, with the versions that list the row', () => {
    const r = record('demo', 400, 1, 'x', { advice: 'Do this.', adviceHtml: '<p>Do this.</p>' });
    const [advice] = actionPieces(r, area, categories);
    expect(advice!.author).toEqual({ kind: 'microsoft', sources: [source] });
    expect(kinds(meaningPieces(r, area, categories))).toEqual(['microsoft']);
  });

  test('an observed code’s guidance and its table’s introduction are this site’s, from the evidence it names', () => {
    const r = record('demo', 403, 45802, 'x', { status: 'observed', guidance: 'Catch it.' });
    expect(actionPieces(r, area, categories)[0]!.author).toEqual({ kind: 'observed', sources: [source] });
    expect(kinds(meaningPieces(r, area, categories))).toEqual(['observed']);
  });

  test('general guidance and the site’s guidance for a documented code are this site’s', () => {
    const r = record('demo', 408, 40101, 'x', { resultCategory: 'UnexpectedClientError' });
    expect(kinds(actionPieces(r, area, categories))).toEqual(['site', 'site']);
    expect(kinds(actionPieces(record('demo', 408, 10057, 'x', { guidance: 'Check.' }), area, categories))).toEqual([
      'site',
    ]);
  });

  test('a SIP response’s reason phrase is the standard’s and its meaning this site’s', () => {
    const r = record('sip', 486, null, 'Busy Here', {
      codeSpace: 'sip',
      meaning: 'Busy.',
      meaningHtml: '<p>Busy.</p>',
    });
    expect(sourceAuthor(r, area).kind).toBe('standard');
    expect(kinds(meaningPieces(r, area, categories))[0]).toBe('site');
  });

  test('general pieces carry the intents the content declares, and the sources’ text declares none', () => {
    const r = record('demo', 408, 40101, 'x', { resultCategory: 'UnexpectedClientError' });
    expect(actionPieces(r, area, categories).map((p) => p.intents)).toEqual([['retry'], ['retry']]);
    const advised = record('demo', 400, 1, 'x', { advice: 'Retry.', adviceHtml: '<p>Retry.</p>' });
    expect(actionPieces(advised, area, categories)[0]!.intents).toEqual([]);
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
