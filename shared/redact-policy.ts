/**
 * The one redaction policy for everything that leaves the app: `--json`, the support report,
 * and the fleet outputs to come. Two passes, always both:
 *
 * 1. By field: values that identify the person whatever they look like (the Apple Account id and
 *    name, Keychain item account names and labels) are replaced, and collected as secrets.
 * 2. By pattern, over every string: those secrets and their words, e-mail addresses, phone
 *    numbers, user names in home paths (also under /Volumes/… and in file:// URLs), this
 *    computer's name and `*.local` names; at level `full` also IP and MAC addresses (redact.ts).
 *
 * Credentials inside URLs are removed at every level, even when nothing else is hidden. Pure.
 */
import { REDACTED, redactText, stripUrlCredentials } from './redact';

/**
 * `identity`: hide who the person and the Mac are, keep network evidence (addresses a support
 * engineer needs: resolvers, DNS answers). `full`: also hide IP and MAC addresses. `none`: only
 * URL credentials are removed (the user chose to include personal details).
 */
export type RedactLevel = 'identity' | 'full' | 'none';

export interface RedactPolicyOptions {
  level: RedactLevel;
  /** Extra exact strings to hide: this computer's names, known by the caller. */
  secrets?: readonly (string | null | undefined)[];
}

/** Keys whose (string) values identify a person wherever they appear in a report's evidence. */
export const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['accountId', 'displayName', 'account', 'label']);

/**
 * Identity fields whose values are also hidden wherever else they appear (summaries, VPN names).
 * Not `label`: a Keychain label is often a product name ("Apple Account") that would blank text.
 */
const SECRET_FIELDS: ReadonlySet<string> = new Set(['accountId', 'displayName', 'account']);
/** Name parts that are words of the product's own vocabulary, never hidden alone. */
const COMMON_WORDS = /^(apple|account|icloud|user|admin|mac|macbook|the|and)$/i;

const MAX_DEPTH = 40;

/** Every identity-field value in `value` (deep), plus its words of 3+ letters (a name's parts). */
export function collectSecrets(value: unknown, depth = 0): string[] {
  const out: string[] = [];
  const walk = (v: unknown, d: number): void => {
    if (d > MAX_DEPTH || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, d + 1);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (SECRET_FIELDS.has(k) && typeof x === 'string' && x.trim().length >= 3) {
        out.push(x.trim());
        // "Jane Appleseed" also appears as "Jane's VPN": hide the parts of a display name.
        if (k === 'displayName') out.push(...x.split(/\s+/).filter((w) => w.length >= 3 && !COMMON_WORDS.test(w)));
      } else if (!IDENTITY_FIELDS.has(k)) walk(x, d + 1);
    }
  };
  walk(value, depth);
  return [...new Set(out)];
}

/** Apply the policy to a JSON-like value (objects, arrays, strings). Keys are left alone. */
export function applyRedaction<T>(value: T, opts: RedactPolicyOptions): T {
  if (opts.level === 'none') return mapStrings(value, stripUrlCredentials);
  const secrets = [...collectSecrets(value), ...(opts.secrets ?? [])];
  const text = (s: string): string => redactText(s, { secrets, keepAddresses: opts.level === 'identity' });
  return mapDeep(value, text, 0);
}

function mapDeep<T>(value: T, text: (s: string) => string, depth: number): T {
  if (depth > MAX_DEPTH) return value;
  if (typeof value === 'string') return text(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapDeep(v, text, depth + 1)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, IDENTITY_FIELDS.has(k) && typeof v === 'string' && v !== '' ? REDACTED : mapDeep(v, text, depth + 1)]),
    ) as T;
  }
  return value;
}

function mapStrings<T>(value: T, fn: (s: string) => string, depth = 0): T {
  if (depth > MAX_DEPTH) return value;
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, depth + 1)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, depth + 1)])) as T;
  return value;
}
