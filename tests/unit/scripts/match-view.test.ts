import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { observe } from '../../../src/matcher/observe';
import { rank } from '../../../src/matcher/rank';
import { groups } from '../../../src/scripts/match-view';
import { ENTRIES, VOCABULARY } from '../matcher/entries';

/** The heading of the whole matches of the paste's one observation. */
function wholeTitle(text: string) {
  const [observation] = observe(text, VOCABULARY).observations;
  const match = rank(observation!, ENTRIES);
  return { count: match.whole.length, title: groups(match, en.search)[0]!.title };
}

describe('the heading over whole matches', () => {
  test('one record is named in the singular', () => {
    const { count, title } = wholeTitle('487/10003');
    expect(count).toBe(1);
    expect(title).toBe('One record matches code 487 with subcode 10003');
  });

  test('several records give their count', () => {
    const { count, title } = wholeTitle('403');
    expect(count).toBeGreaterThan(1);
    expect(title).toBe(`${count} records match 403 (as a code or a subcode)`);
  });
});
