/** The published JSON Schema of appleid-doctor/report@1: generated, committed up to date, and strict enough to reject a bad report. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_FILE, reportJsonSchemaText } from '../../build/fleet/report-schema';
import { publishedSchemaErrors } from '../fleet/consumers';
import { cannedReport } from '../renderer/canned-reports';

describe('build/fleet/report.schema.json', () => {
  it('is exactly what z.toJSONSchema makes of the runtime schema (run `npm run schema` after changing shared/report.ts)', () => {
    expect(readFileSync(REPORT_SCHEMA_FILE, 'utf8')).toBe(reportJsonSchemaText());
  });

  it('accepts the canned reports and rejects a report with an unknown light or cause', () => {
    for (const r of (['green', 'amber', 'red'] as const).map((k) => cannedReport(k))) expect(publishedSchemaErrors(r)).toEqual([]);
    const good = cannedReport('red');
    expect(publishedSchemaErrors({ ...good, verdict: { ...good.verdict, light: 'purple' } })).not.toEqual([]);
    expect(publishedSchemaErrors({ ...good, verdict: { ...good.verdict, primaryCause: 'dns.made_up' } })).not.toEqual([]);
    expect(publishedSchemaErrors({ ...good, schema: 'appleid-doctor/report@2' })).not.toEqual([]);
  });
});
