// Writes schema/codes.schema.json, the JSON Schema of /codes.json, from the zod schema, and the acs-codes
// package's TypeScript types from it. The committed copies are the format's history: a unit test fails
// when they differ from what the code generates.
import { writeFile } from 'node:fs/promises';
import { codesJsonSchema } from '../src/site/public-record';
import { SCHEMA_TYPES_FILE, schemaTypesFile } from '../packages/acs-codes/tools/schema-types';

export const SCHEMA_FILE = 'schema/codes.schema.json';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run schema

Regenerates ${SCHEMA_FILE} from src/schemas/public-record.ts, and ${SCHEMA_TYPES_FILE} from it. After a
change to the format, bump SCHEMA_VERSION there and add an entry to CHANGELOG.md.`);
} else {
  await writeFile(SCHEMA_FILE, `${JSON.stringify(codesJsonSchema(), null, 2)}\n`);
  await writeFile(SCHEMA_TYPES_FILE, await schemaTypesFile(codesJsonSchema()));
  console.log(`Wrote ${SCHEMA_FILE} and ${SCHEMA_TYPES_FILE}.`);
}
