// Writes schema/codes.schema.json, the JSON Schema of /codes.json, from the zod schema. The committed copy
// is the format's history: a unit test fails when it differs from what the code generates.
import { writeFile } from 'node:fs/promises';
import { codesJsonSchema } from '../src/site/public-record';

export const SCHEMA_FILE = 'schema/codes.schema.json';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run schema

Regenerates ${SCHEMA_FILE} from src/schemas/public-record.ts. After a change to the format, bump
SCHEMA_VERSION there and add an entry to CHANGELOG.md.`);
} else {
  await writeFile(SCHEMA_FILE, `${JSON.stringify(codesJsonSchema(), null, 2)}\n`);
  console.log(`Wrote ${SCHEMA_FILE}.`);
}
