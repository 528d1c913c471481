import { describe, expect, test } from 'vitest';
import { oneLine, shorten } from '../../../src/records/text';

describe('oneLine', () => {
  test('joins list items into one sentence', () => {
    expect(oneLine('- Call forbidden.\n- Call canceled.\n- Call rejected.')).toBe(
      'Call forbidden. Call canceled. Call rejected.',
    );
  });

  test('keeps a lead-in colon and joins items without a full stop with semicolons', () => {
    expect(oneLine('Call blocked:\n- Alternate ID not supplied\n- Number not allowed')).toBe(
      'Call blocked: Alternate ID not supplied; Number not allowed',
    );
  });
});

describe('shorten', () => {
  test('leaves short text alone', () => {
    expect(shorten('Call ended.', 90)).toBe('Call ended.');
  });

  test('cuts at a word and marks the cut', () => {
    const cut = shorten(
      'Call ended because user disconnected from the call abruptly, hosted the call, such as a browser tab',
      40,
    );
    expect(cut).toBe('Call ended because user disconnected…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  test('never starts with a list dash', () => {
    expect(shorten('- Call forbidden.\n- Call canceled.', 20)).toBe('Call forbidden…');
  });
});
