import { describe, expect, test } from 'vitest';
import { revealPlan } from '../../../src/scripts/reveal-plan';

const rows = Array.from({ length: 10 }, (_, i) => `row ${i}`);

describe('which rows a keystroke hides and shows', () => {
  test('hides the shown rows that no longer pass and leaves the others alone', () => {
    const plan = revealPlan(rows.slice(0, 3), new Set(rows), 5);
    expect(plan.hide).toEqual(rows.slice(3));
    expect(plan.now).toEqual([]);
    expect(plan.later).toEqual([]);
  });

  test('shows at once only the first hidden rows, in table order, and the rest later', () => {
    const plan = revealPlan(rows, new Set([rows[1]]), 3);
    expect(plan.hide).toEqual([]);
    expect(plan.now).toEqual([rows[0], rows[2], rows[3]]);
    expect(plan.later).toEqual(rows.slice(4));
  });

  test('changes nothing when the rows shown are the rows that pass', () => {
    const plan = revealPlan(rows.slice(2, 6), new Set(rows.slice(2, 6)), 1);
    expect([...plan.hide, ...plan.now, ...plan.later]).toEqual([]);
  });

  test('loses no row: every row that passes is shown now or later, exactly once', () => {
    const target = rows.filter((_, i) => i % 2 === 0);
    const plan = revealPlan(target, new Set(rows.filter((_, i) => i % 3 === 0)), 2);
    const shownAfter = new Set([...rows.filter((_, i) => i % 3 === 0).filter((r) => !plan.hide.includes(r))]);
    for (const row of [...plan.now, ...plan.later]) {
      expect(shownAfter.has(row)).toBe(false);
      shownAfter.add(row);
    }
    expect([...shownAfter].sort()).toEqual([...target].sort());
  });
});
