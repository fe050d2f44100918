/**
 * The one `log` invocation this app makes: `log show --style ndjson --last <N>m --predicate <P>`
 * with the fixed predicate below. `log show` reads the persisted log without admin rights on a
 * normal account (`log stream` needs admin: "log: Must be admin to run 'stream' command"); see
 * `man log` on macOS and https://developer.apple.com/documentation/os/logging.
 *
 * The predicate names the daemons that do Apple Account sign-in, two-factor codes, push and
 * certificate trust: akd / AuthKit (sign-in), AuthKitUIService, appleaccountd and accountsd
 * (accounts), apsd (push), trustd (trust), identityservicesd / imagent (iMessage and FaceTime
 * activation). CFNetwork errors inside those processes come along (they log in-process).
 */

/** The predicate, fixed at build time; the policy accepts only this exact string. */
export const APPLE_LOG_PREDICATE =
  'process == "akd" OR process == "AuthKitUIService" OR process == "appleaccountd" OR process == "accountsd" OR process == "apsd" OR process == "trustd" OR process == "identityservicesd" OR process == "imagent" OR subsystem BEGINSWITH "com.apple.authkit"';

/** Processes whose lines are read (anything else the tool printed is ignored). */
export const APPLE_LOG_PROCESSES: ReadonlySet<string> = new Set([
  'akd',
  'AuthKitUIService',
  'appleaccountd',
  'accountsd',
  'apsd',
  'trustd',
  'identityservicesd',
  'imagent',
]);

/** Largest window the policy allows (one day). */
export const MAX_LOG_MINUTES = 1440;

/** The argv for a window of `minutes` (clamped to 1…MAX_LOG_MINUTES). */
export function logShowArgs(minutes: number): string[] {
  const m = Math.min(MAX_LOG_MINUTES, Math.max(1, Math.floor(minutes)));
  return ['show', '--style', 'ndjson', '--last', `${m}m`, '--predicate', APPLE_LOG_PREDICATE];
}

/** Why these `log` arguments are refused, or null for exactly the shape above. */
export function refuseLog(args: readonly string[]): string | null {
  const refusal = 'log: only "show --style ndjson --last <N>m --predicate <the built-in predicate>" is allowed';
  if (args.length !== 7) return refusal;
  const [sub, style, styleValue, last, lastValue, pred, predValue] = args;
  if (sub !== 'show' || style !== '--style' || styleValue !== 'ndjson' || last !== '--last' || pred !== '--predicate') return refusal;
  const m = /^([1-9]\d{0,3})m$/.exec(lastValue ?? '');
  if (!m || Number(m[1]) > MAX_LOG_MINUTES) return `log: --last must be 1–${MAX_LOG_MINUTES} minutes ("15m")`;
  if (predValue !== APPLE_LOG_PREDICATE) return 'log: only the built-in predicate is allowed';
  return null;
}
