import { describe, expect, test } from 'vitest';
import { readSortParam, writeSortParam } from '../../../src/scripts/sort-param';

describe('the sort of several tables in one address', () => {
  test('names the first table by its column alone, as addresses did before', () => {
    expect(writeSortParam(['-0', '', ''])).toBe('-0');
    expect(readSortParam('1', 3)).toEqual(['1', '', '']);
  });

  test('names any other table by its position before its column', () => {
    expect(writeSortParam(['', '', '2'])).toBe('2:2');
    expect(readSortParam('2:2', 3)).toEqual(['', '', '2']);
  });

  test('keeps every sorted table, each with its own column and direction', () => {
    const states = ['-0', '', '3', '1'];
    expect(readSortParam(writeSortParam(states), states.length)).toEqual(states);
  });

  test('leaves every table unsorted when nothing is sorted', () => {
    expect(writeSortParam(['', ''])).toBe('');
    expect(readSortParam('', 2)).toEqual(['', '']);
  });

  test('ignores tables the page does not have and entries that are not a sort', () => {
    expect(readSortParam('7:1,x,1:-2,-,99999999999999999999:0', 2)).toEqual(['', '-2']);
  });
});
