/**
 * The published JSON Schema of `appleid-doctor/report@1`, generated from the runtime zod schema
 * (shared/report.ts) with zod 4's `z.toJSONSchema`, never written by hand. `npm run schema`
 * rewrites build/fleet/report.schema.json; tests/shared/report-json-schema.test.ts fails when the
 * committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { REPORT_SCHEMA_ID, reportSchema } from '../../shared/report';

/** Where the schema is committed. */
export const REPORT_SCHEMA_FILE = fileURLToPath(new URL('./report.schema.json', import.meta.url));

/** The schema document as committed (stable key order, final line feed). */
export function reportJsonSchemaText(): string {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const doc = {
    $schema: generated.$schema,
    $id: `urn:${REPORT_SCHEMA_ID.replace('/', ':')}`,
    title: REPORT_SCHEMA_ID,
    description: 'Report of one appleid-doctor diagnosis (appleid-doctor check --format json). Generated from shared/report.ts; do not edit.',
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(REPORT_SCHEMA_FILE, reportJsonSchemaText());
  console.log(`wrote ${REPORT_SCHEMA_FILE}`);
}
