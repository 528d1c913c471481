import { describe, expect, test } from 'vitest';
import { parseBody, table } from './helpers';
import { codeRecordSchema } from '../../src/lib/schema';
import { assignUrls } from '../../src/lib/routes';

const [valid] = assignUrls(
  parseBody(table('| Subcode | Code | Message | Result category |', '| 10003 | 487 | Canceled. | Success |')).area!
    .records,
).records;

describe('codeRecordSchema', () => {
  test('accepts a record the parser produced', () => {
    expect(codeRecordSchema.parse(valid)).toEqual(valid);
  });

  test('rejects a negative code', () => {
    expect(codeRecordSchema.safeParse({ ...valid, code: -1 }).success).toBe(false);
  });

  test('rejects a fractional subcode', () => {
    expect(codeRecordSchema.safeParse({ ...valid, subcode: 1.5 }).success).toBe(false);
  });

  test('rejects an empty message', () => {
    expect(codeRecordSchema.safeParse({ ...valid, message: '' }).success).toBe(false);
  });

  test('rejects a result category outside the known four', () => {
    expect(codeRecordSchema.safeParse({ ...valid, resultCategory: 'UnxpectedClientError' }).success).toBe(false);
  });

  test('rejects a URL that is not a root-relative path', () => {
    expect(codeRecordSchema.safeParse({ ...valid, url: 'calling/487/' }).success).toBe(false);
  });

  test('rejects a record without a source', () => {
    expect(codeRecordSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
  });
});
