/**
 * Redaction of the JSON report (`--json`, logs) with the shared policy (shared/redact-policy.ts),
 * the same one the support report uses: fields that identify the person, then every string by
 * pattern, plus this computer's names. `--include-personal` keeps everything but URL credentials.
 */
import { hostname } from 'node:os';
import { applyRedaction, type RedactLevel } from '../../shared/redact-policy';
import type { Report } from '../../shared/report';

/** A copy of the report without personal identifiers (default level `full`, like the support report). */
export function redactReport(report: Report, level: RedactLevel = 'full', machineNames: readonly string[] = thisMacNames()): Report {
  return applyRedaction(report, { level, secrets: machineNames });
}

/** This computer's name, unless short or generic (it is hidden case-insensitively everywhere). */
export function thisMacNames(name: string = hostname()): string[] {
  const base = name.replace(/\.local$/i, '');
  return base.length >= 5 && !/^(localhost|macbook|imac|mac-?mini)$/i.test(base) ? [base] : [];
}
