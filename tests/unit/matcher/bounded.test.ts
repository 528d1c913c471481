import { describe, expect, test, vi } from 'vitest';
import { filterQuery, MAX_FILTER } from '../../../src/matcher/filter';
import { MAX_PASTE, observe } from '../../../src/matcher/observe';
import { numbersInPath } from '../../../src/matcher/path';
import { seen, VOCABULARY } from './entries';
import { SHAPES, SIZES, TAIL, TAIL_READ } from './shapes';

// Outcomes only: how long these take is the bench's business (`npm run bench`), never a test's. The
// generous limit only keeps a loaded machine from failing a test that reads a megabyte.
vi.setConfig({ testTimeout: 120_000 });

const ending = (shape: (size: number) => string, size: number) => shape(size).slice(0, size - TAIL.length) + TAIL;

describe.each(Object.entries(SHAPES))('a paste of %s', (_, shape) => {
  test.each(SIZES)('of %i characters is read to its end, and only the code in it comes back', (size) => {
    expect(seen(ending(shape, size))).toEqual([TAIL_READ]);
  });

  test('in the table filter reads only its start', () => {
    const text = ending(shape, SIZES.at(-1)!);
    expect(filterQuery(text)).toEqual(filterQuery(text.slice(0, MAX_FILTER)));
  });
});

describe('pastes past the limit', () => {
  test('a paste longer than a megabyte is read up to the limit and says so', () => {
    const { observations, truncated } = observe(`${'\t'.repeat(MAX_PASTE)}${TAIL}`, VOCABULARY);
    expect([observations.length, truncated]).toEqual([0, true]);
  });

  test('a 404 address of a megabyte of digits gives at most four numbers of at most 16 digits', () => {
    const numbers = numbersInPath(`/calling/${'9'.repeat(MAX_PASTE)}/`);
    expect(numbers.length).toBeLessThanOrEqual(4);
    expect(numbers.every((n) => n.length <= 16)).toBe(true);
  });
});

/** A deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' ',
  '\t',
  '\n',
  '7',
  '403',
  '10003',
  '/',
  '-',
  '#',
  ':',
  '.',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '`',
  '=',
  ',',
  '|',
  'code',
  'subCode',
  'SIP/2.0',
  'Q.850',
  'cause=',
  'DiagCode: ',
  'Status code ',
  'https://',
  '2024-07-23T10:28:11Z',
  'a1b2',
  '+',
];

function randomPaste(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('random mixtures of the pieces pastes are made of', () => {
  const next = random(22);
  const pastes = Array.from({ length: 203 }, (_, i) => randomPaste(next, i < 200 ? 2_000 : 200_000));
  const readings = pastes.map((text) => ({ text, observations: observe(text, VOCABULARY).observations }));

  test('never offer a number that is not written in the paste', () => {
    const invented = readings.flatMap(({ text, observations }) => {
      const written = new Set(text.match(/\d+/g)?.map(Number));
      return observations.flatMap((o) => [o.code, o.subcode, o.either]).filter((n) => n !== null && !written.has(n));
    });
    expect(invented).toEqual([]);
  });

  test('never offer a SIP response outside 100–699 or a Q.850 cause above 127', () => {
    const wrong = readings.flatMap(({ observations }) =>
      observations.filter(
        (o) => (o.space === 'sip' && !(o.code! >= 100 && o.code! <= 699)) || (o.space === 'q850' && o.code! > 127),
      ),
    );
    expect(wrong).toEqual([]);
  });

  test('report at most 200 codes, however many the paste holds', () => {
    expect(Math.max(...readings.map(({ observations }) => observations.length))).toBeLessThanOrEqual(200);
  });
});
