/**
 * `systemsetup -getusingnetworktime | -gettimezone | -getnetworktimeserver`. Without admin rights
 * systemsetup prints "You need administrator access to run this tool... exiting!" on stdout and
 * exits 0 (tests/fixtures/macos/systemsetup.needs-admin.stdout.txt): that is a reading ("not
 * readable without admin"), not a failure and not a value. The value formats ("Network Time: On",
 * "Time Zone: …", "Network Time Server: …") are reconstructed: no captured transcript with
 * provenance exists; they are the strings independent parsers compare (e.g. mondoohq/cnquery's).
 */
import { excerpt, fail, guard, meaningfulLines, ok, type ParseResult } from './parse-result';

/** A systemsetup value, or null when reading it needs administrator access. */
export interface SystemsetupValue<T> {
  value: T | null;
  needsAdmin: boolean;
}

const NEEDS_ADMIN = /You need administrator access to run this tool/;

function parseLabelled<T>(name: string, text: string, label: string, read: (v: string) => T | null): ParseResult<SystemsetupValue<T>> {
  return guard<SystemsetupValue<T>>(name, () => {
    if (NEEDS_ADMIN.test(text)) return ok({ value: null, needsAdmin: true });
    const lines = meaningfulLines(text);
    if (lines.length !== 1) return fail(lines.length === 0 ? 'empty output' : 'expected one line');
    const line = lines[0]!;
    if (!line.startsWith(`${label}:`)) return fail(`unrecognised line "${excerpt(line)}"`);
    const value = read(line.slice(label.length + 1).trim());
    return value === null ? fail(`unexpected value in "${excerpt(line)}"`) : ok({ value, needsAdmin: false });
  });
}

/** `-getusingnetworktime`: "Network Time: On|Off". */
export function parseUsingNetworkTime(text: string): ParseResult<SystemsetupValue<boolean>> {
  return parseLabelled('systemsetup -getusingnetworktime', text, 'Network Time', (v) => (/^on$/i.test(v) ? true : /^off$/i.test(v) ? false : null));
}

/** `-gettimezone`: "Time Zone: Area/City". */
export function parseTimeZone(text: string): ParseResult<SystemsetupValue<string>> {
  return parseLabelled('systemsetup -gettimezone', text, 'Time Zone', (v) => (/^[A-Za-z0-9_+\-/]+$/.test(v) ? v : null));
}

/** `-getnetworktimeserver`: "Network Time Server: host". */
export function parseNetworkTimeServer(text: string): ParseResult<SystemsetupValue<string>> {
  return parseLabelled('systemsetup -getnetworktimeserver', text, 'Network Time Server', (v) => (/^[A-Za-z0-9.:[\]-]+$/.test(v) ? v : null));
}
