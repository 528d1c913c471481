import { describe, expect, test } from 'vitest';
import { INTENTS, INTENT_MEANINGS, OPPOSITES, opposed } from '../../../src/records/intents';

describe('intents', () => {
  test('every intent says what it claims', () => {
    expect(INTENTS.filter((i) => !INTENT_MEANINGS[i])).toEqual([]);
  });

  test('retry and do not resend are opposite, in either order', () => {
    expect(opposed(['retry'], ['do-not-resend'])).toEqual([['retry', 'do-not-resend']]);
    expect(opposed(['do-not-resend'], ['retry'])).toEqual([['do-not-resend', 'retry']]);
  });

  test('nothing wrong is opposite to a wrong request and to a failure elsewhere', () => {
    expect(opposed(['nothing-wrong'], ['request-wrong', 'failed-elsewhere'])).toEqual([
      ['nothing-wrong', 'request-wrong'],
      ['nothing-wrong', 'failed-elsewhere'],
    ]);
  });

  test('intents that are not listed as opposite go together', () => {
    const listed = new Set(OPPOSITES.flatMap(([a, b]) => [`${a}/${b}`, `${b}/${a}`]));
    const together = INTENTS.flatMap((a) => INTENTS.map((b) => [a, b] as const)).filter(
      ([a, b]) => !listed.has(`${a}/${b}`),
    );
    expect(together.every(([a, b]) => opposed([a], [b]).length === 0)).toBe(true);
  });
});
