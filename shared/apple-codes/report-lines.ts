/**
 * The support report's "What Apple’s software said" section: the exact codes and times the seed
 * articles tell people to give Apple Support. Reads the (already redacted) apple-log evidence.
 * Pure.
 */
import type { AppleLogEvent } from '../checks';

const utc = (iso: string): string => iso.replace('T', ' ').replace(/(\.\d+)?Z$/, ' UTC');

/** Markdown lines for the events in the apple-log evidence, or [] when there are none. */
export function appleLogReportLines(evidence: Record<string, unknown> | undefined): string[] {
  const events = Array.isArray(evidence?.events) ? (evidence.events as Partial<AppleLogEvent>[]) : [];
  if (events.length === 0) return [];
  const minutes = typeof evidence?.windowMinutes === 'number' ? evidence.windowMinutes : null;
  const out = [
    '',
    '## What Apple’s software said',
    `Errors macOS logged${minutes ? ` in the last ${minutes} minutes` : ''} (time, process, code, Apple’s name, meaning):`,
    '',
  ];
  for (const e of events) {
    const code = e.code === null || e.code === undefined ? `${e.domain ?? '?'}` : `${e.domain ?? '?'} ${e.code}`;
    const count = typeof e.count === 'number' && e.count > 1 ? ` ×${e.count} (first ${utc(e.firstAt ?? '')})` : '';
    out.push(
      `- ${utc(e.at ?? '')} — ${e.process ?? '?'} — \`${code}\` ${e.name ?? '(unknown code)'}${count}: ${e.meaning ?? 'meaning unknown'}${e.cause ? ` → \`${e.cause}\`` : ''}`,
    );
  }
  if (evidence?.truncated === true) out.push('', 'The log was longer than this app reads; older lines may be missing.');
  return out;
}

/** "AKAuthenticationError -7035" for each event, for the per-check error-code list. */
export function appleLogCodes(data: Record<string, unknown>): string[] {
  const events = Array.isArray(data.events) ? (data.events as Partial<AppleLogEvent>[]) : [];
  return events.filter((e) => typeof e.domain === 'string' && typeof e.code === 'number').map((e) => `${e.domain} ${e.code}`);
}
