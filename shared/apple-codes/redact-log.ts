/**
 * Redaction for log messages before they are stored anywhere: everything shared/redact.ts removes
 * (e-mails, phone numbers, user names in home paths, addresses), plus Apple account numbers
 * (DSID / altDSID) that AuthKit prints, and long bare numbers that could be one. Negative numbers
 * are error codes and are kept.
 */
import { redactText } from '../redact';

/** "DSID=1234567890", "altDSID: 001234-05-…", "dsid <1234567890>". */
const DSID_FIELD = /\b((?:alt|AKAlt)?DSID|[Dd]sid)(["']?\s*[=:]?\s*["'<(]?)[A-Za-z0-9][A-Za-z0-9.-]{3,}/g;
/** A bare run of 9+ digits (DSIDs are 9–12 digits); not after "-" (error codes) nor inside words. */
const LONG_NUMBER = /(?<![-\w.:])\d{9,}(?![\w.])/g;

/** Longest message kept per event. */
export const MAX_MESSAGE_CHARS = 300;

/** A log message made safe to keep: personal data redacted, shortened, control characters removed. */
export function redactLogMessage(message: string): string {
  let out = message
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  out = redactText(out);
  out = out.replace(DSID_FIELD, '$1$2[dsid]').replace(LONG_NUMBER, '[number]');
  return out.length > MAX_MESSAGE_CHARS ? `${out.slice(0, MAX_MESSAGE_CHARS - 1)}…` : out;
}
