import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { SCHEMA_VERSION } from '../../src/schemas/public-record';
import { codesJsonSchema } from '../../src/site/public-record';

test('the committed schema/codes.schema.json is the one the zod schema generates (npm run schema)', async () => {
  const committed = JSON.parse(await readFile('schema/codes.schema.json', 'utf8'));
  expect(committed, 'the format changed: run npm run schema, bump SCHEMA_VERSION, add a CHANGELOG.md entry').toEqual(
    codesJsonSchema(),
  );
});

test('CHANGELOG.md has an entry for the current format version', async () => {
  const changelog = await readFile('CHANGELOG.md', 'utf8');
  expect(changelog).toMatch(new RegExp(`^## codes\\.json ${SCHEMA_VERSION.replace(/\./g, '\\.')}\\b`, 'm'));
});
