import { readFile } from 'node:fs/promises';
import { expect, expectTypeOf, test } from 'vitest';
import type { Reported } from '../../../packages/acs-codes/src/api';
import type * as Generated from '../../../packages/acs-codes/src/schema-types';
import { packageVersion } from '../../../packages/acs-codes/src/data';
import { SCHEMA_TYPES_FILE, schemaTypesFile } from '../../../packages/acs-codes/tools/schema-types';
import type { Observation } from '../../../src/matcher/group';
import type { CodesFile, PublicGuidance, PublicRecord, PublicSource } from '../../../src/schemas/public-record';
import { codesJsonSchema } from '../../../src/site/public-record';

test('the committed package types are the ones the published schema generates (npm run schema)', async () => {
  const committed = await readFile(SCHEMA_TYPES_FILE, 'utf8');
  expect(committed, 'the format changed: run npm run schema').toBe(await schemaTypesFile(codesJsonSchema()));
});

// Checked by the type checker (npm run check): the generated types and the zod schema's describe the same values.
test('the package types and the zod schema’s types accept the same values', () => {
  expectTypeOf<CodesFile>().toExtend<Generated.CodesFile>();
  expectTypeOf<Generated.CodesFile>().toExtend<CodesFile>();
  expectTypeOf<PublicRecord>().toExtend<Generated.PublicRecord>();
  expectTypeOf<Generated.PublicRecord>().toExtend<PublicRecord>();
  expectTypeOf<PublicGuidance>().toExtend<Generated.PublicGuidance>();
  expectTypeOf<Generated.PublicGuidance>().toExtend<PublicGuidance>();
  expectTypeOf<PublicSource>().toExtend<Generated.PublicSource>();
  expectTypeOf<Generated.PublicSource>().toExtend<PublicSource>();
});

// api.ts restates the matcher's Observation so that api.d.ts imports nothing: this keeps the two in step.
test('a reported code in the package is the matcher’s observation, without its typed flag, with a description', () => {
  type Expected = Omit<Observation, 'typed'> & { description: string };
  expectTypeOf<Reported>().toExtend<Expected>();
  expectTypeOf<Expected>().toExtend<Reported>();
});

test('the package version is the format’s major and minor, then the catalogue’s date as its patch', () => {
  expect(packageVersion('2.1.0', '2026-12-06T15:30:12Z')).toBe('2.1.20261206153012');
  expect(packageVersion('3.0.2', '2027-01-02T03:04:05Z')).toBe('3.0.20270102030405');
});

test('a later catalogue gets a higher patch, without leading zeros (valid semver)', () => {
  const patch = (generated: string) => Number(packageVersion('2.1.0', generated).split('.')[2]);
  expect(patch('2026-12-06T15:30:13Z')).toBeGreaterThan(patch('2026-12-06T15:30:12Z'));
  expect(patch('2027-01-01T00:00:00Z')).toBeGreaterThan(patch('2026-12-31T23:59:59Z'));
  expect(packageVersion('2.1.0', '2026-01-01T00:00:00Z')).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.([1-9]\d*)$/);
});
