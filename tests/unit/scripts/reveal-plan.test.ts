import { describe, expect, test } from 'vitest';
import { revealPlan, type Change } from '../../../src/scripts/reveal-plan';

const rows = Array.from({ length: 10 }, (_, i) => `row ${i}`);
const isIn = (some: (string | undefined)[]) => (row: string) => some.includes(row);
const shownAfter = (shown: string[], changes: Change<string>[]) => {
  const after = new Set(shown);
  for (const { row, show } of changes) {
    expect(after.has(row), `${row} changes to what it already is`).toBe(show ? false : true);
    if (show) after.add(row);
    else after.delete(row);
  }
  return rows.filter((row) => after.has(row));
};

describe('which rows a keystroke hides and shows, and which of them wait for the next frames', () => {
  test('hides the shown rows that no longer pass and leaves the others alone', () => {
    const plan = revealPlan(rows, isIn(rows.slice(0, 3)), isIn(rows), 5);
    expect([...plan.now, ...plan.later]).toEqual(rows.slice(3).map((row) => ({ row, show: false })));
  });

  test('shows at once only the first hidden rows, in table order, and the rest later', () => {
    const plan = revealPlan(rows, isIn(rows), isIn([rows[1]]), 3);
    expect(plan.now).toEqual([rows[0], rows[2]].map((row) => ({ row, show: true })));
    expect(plan.later).toEqual(rows.slice(3).map((row) => ({ row, show: true })));
  });

  test('hides at once the rows above the first rows to show, and those below them later', () => {
    const wanted = [rows[1], rows[4], rows[7]];
    const plan = revealPlan(rows, isIn(wanted), isIn(rows), 2);
    expect(plan.now).toEqual([rows[0], rows[2], rows[3]].map((row) => ({ row, show: false })));
    expect(plan.later).toEqual([rows[5], rows[6], rows[8], rows[9]].map((row) => ({ row, show: false })));
  });

  test('hides at once every row that no longer passes when fewer rows pass than the first screen holds', () => {
    const plan = revealPlan(rows, isIn([rows[2]]), isIn(rows), 3);
    expect(plan.now).toHaveLength(rows.length - 1);
    expect(plan.later).toEqual([]);
  });

  test('changes nothing when the rows shown are the rows that pass', () => {
    const plan = revealPlan(rows, isIn(rows.slice(2, 6)), isIn(rows.slice(2, 6)), 1);
    expect([...plan.now, ...plan.later]).toEqual([]);
  });

  test('loses no row: after both parts, exactly the rows that pass are shown, each changed once', () => {
    const wanted = rows.filter((_, i) => i % 2 === 0);
    const shown = rows.filter((_, i) => i % 3 === 0);
    const plan = revealPlan(rows, isIn(wanted), isIn(shown), 2);
    expect(shownAfter(shown, [...plan.now, ...plan.later])).toEqual(wanted);
  });

  test('after the changes made at once, the first rows shown are already the first rows that pass', () => {
    const wanted = rows.filter((_, i) => i % 2 === 1);
    const shown = rows.filter((_, i) => i % 3 === 0);
    const plan = revealPlan(rows, isIn(wanted), isIn(shown), 3);
    expect(shownAfter(shown, plan.now).slice(0, 3)).toEqual(wanted.slice(0, 3));
  });
});
