import { describe, expect, test } from 'vitest';
import { parseNumbers } from '../../../src/pipeline/numbers';
import { FIRST_ROW, errorsOf, row, table } from '../helpers';

// A number reaches the site exactly as the source prints it, or the build stops: nothing is read
// as a different number.

describe('number cells that are read', () => {
  test.each([
    ['0', [0]],
    ['4007', [4007]],
    [' 490, 491,496 ', [490, 491, 496]],
    ['', null],
  ])('"%s" is %j', (cell, numbers) => {
    expect(parseNumbers(cell)).toEqual({ numbers });
  });
});

describe('number cells that stop the build', () => {
  test.each([
    ['a leading zero', '04007', '"04007" has a leading zero, which a number cannot keep (it would read 4007)'],
    ['two zeros', '00', '"00" has a leading zero, which a number cannot keep (it would read 0)'],
    [
      'a leading zero in a list',
      '490, 0491',
      '"0491" has a leading zero, which a number cannot keep (it would read 491)',
    ],
    ['a minus', '-1', '"-1" has a sign, and codes are plain digits'],
    ['a plus', '+4007', '"+4007" has a sign, and codes are plain digits'],
    ['a Unicode minus', '\u22121', '"\u22121" has a sign, and codes are plain digits'],
    ['a space inside a number', '40 07', '"40 07" has a space inside a number'],
    ['a no-break space inside a number', '560\u00a0486', '"560\u00a0486" has a space inside a number'],
    ['a range with a hyphen', '400-499', '"400-499" is a range, not a number'],
    ['a range with an en dash', '400 – 499', '"400 – 499" is a range, not a number'],
    ['a range with dots', '400..499', '"400..499" is a range, not a number'],
    ['a range in words', '400 to 499', '"400 to 499" is a range, not a number'],
    ['an empty place in a list', '490,,491', '"490,,491" has an empty place in its list'],
    ['a trailing comma', '490,', '"490," has an empty place in its list'],
    ['a letter', '40O7', '"40O7" is not a number (or a comma-separated list of numbers)'],
    ['a decimal point', '4.5', '"4.5" is not a number (or a comma-separated list of numbers)'],
    ['a hexadecimal number', '0x1F', '"0x1F" is not a number (or a comma-separated list of numbers)'],
    ['full-width digits', '４００７', '"４００７" is not a number (or a comma-separated list of numbers)'],
    ['a placeholder', 'N/A', '"N/A" is not a number (or a comma-separated list of numbers)'],
  ])('%s: %s', (_, cell, problem) => {
    expect(parseNumbers(cell)).toMatchObject({ problem });
  });

  test('each says how to write the number', () => {
    expect(parseNumbers('04007')).toMatchObject({ fix: expect.stringContaining('without the zero') });
    expect(parseNumbers('-1')).toMatchObject({ fix: expect.stringContaining('digits only') });
    expect(parseNumbers('40 07')).toMatchObject({ fix: expect.stringContaining('remove the space') });
    expect(parseNumbers('400-499')).toMatchObject({ fix: expect.stringContaining('list every number') });
  });

  test('in a table, the problem is reported at the row with the cell it is in', () => {
    expect(errorsOf(table('| Code | Subcode | Message |', row('487', '-10003', 'Canceled.')))).toEqual([
      `content/test.md:${FIRST_ROW}: the subcode "-10003" has a sign, and codes are plain digits — write the digits only; if the source prints the sign, say so in the Note`,
    ]);
  });

  test('in the columns of corresponding numbers too', () => {
    expect(errorsOf(table('| Code | Message | SIP responses |', row('17', 'User busy', '0486')))).toEqual([
      `content/test.md:${FIRST_ROW}: the SIP response "0486" has a leading zero, which a number cannot keep (it would read 486) — write the number without the zero; if the source prints it, say so in the Note`,
    ]);
  });
});
