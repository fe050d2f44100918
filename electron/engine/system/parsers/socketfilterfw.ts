/**
 * `/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate | --getblockall |
 * --getstealthmode`. Wordings differ between macOS versions; every one accepted here is either a
 * real sample (tests/fixtures/macos/socketfilterfw.*) or quoted verbatim in public code that
 * parses it (kolide/launcher and others for "Block all DISABLED!" / "Firewall has block all state
 * set to …" / "Stealth mode enabled" / "Firewall stealth mode is on"). Anything else is an error:
 * "disabled" is only read from text that says so.
 */
import { excerpt, fail, guard, meaningfulLines, ok, type ParseResult } from './parse-result';

/**
 * `--getglobalstate`: State 0 = off, 1 = on, 2 = on with a special mode. What State 2 means is
 * disputed: it is what `--setblockall on` produces (m-cli transcript), yet kolide/launcher's real
 * sample `ee/tables/execparsers/socketfilterfw/test-data/data.txt` has "Firewall is enabled.
 * (State = 2)" with "block all state set to disabled" and stealth mode on. So the number alone
 * never proves block-all; only the words "blocking all non-essential incoming connections" do.
 */
export interface GlobalState {
  enabled: boolean;
  /** True when the wording says block-all, false for State 1; null when the line does not tell (State 2 included). */
  blockAll: boolean | null;
}

/** Parse `--getglobalstate`. */
export function parseGlobalState(text: string): ParseResult<GlobalState> {
  return guard('socketfilterfw --getglobalstate', () =>
    single(text, (line) => {
      const m = /^Firewall is (enabled|disabled|blocking all non-essential incoming connections)\.?(?:\s*\(State = (\d)\))?$/.exec(line);
      if (!m) return null;
      const word = m[1]!;
      const fromWord: GlobalState =
        word === 'disabled' ? { enabled: false, blockAll: null } : word === 'enabled' ? { enabled: true, blockAll: null } : { enabled: true, blockAll: true };
      if (m[2] === undefined) return fromWord;
      const state = Number(m[2]);
      if (state > 2) return null;
      // State 2 keeps what the words say (block-all, or unknown): see GlobalState.
      const fromState: GlobalState = { enabled: state !== 0, blockAll: state === 2 ? fromWord.blockAll : state === 1 ? false : null };
      // "Firewall is enabled. (State = 2)" is real (macOS 11 era); a word that contradicts the
      // number ("disabled … State = 1") is not.
      return fromWord.enabled === fromState.enabled && !(fromWord.blockAll === true && state !== 2) ? fromState : null;
    }),
  );
}

/** Parse `--getblockall` (true = block all incoming connections). */
export function parseBlockAll(text: string): ParseResult<boolean> {
  return guard('socketfilterfw --getblockall', () =>
    single(text, (line) => {
      if (/^Block all ENABLED!$/.test(line)) return true;
      if (/^Block all DISABLED!$/.test(line)) return false;
      const m = /^Firewall has block all state set to (enabled|disabled)\.$/.exec(line);
      if (m) return m[1] === 'enabled';
      if (/^Firewall is (set to block|blocking) all non-essential incoming connections\.?$/.test(line)) return true;
      return null;
    }),
  );
}

/** Parse `--getstealthmode`. */
export function parseStealthMode(text: string): ParseResult<boolean> {
  return guard('socketfilterfw --getstealthmode', () =>
    single(text, (line) => {
      const m = /^(?:Stealth mode (enabled|disabled)|Firewall stealth mode is (on|off))\.?$/.exec(line);
      if (!m) return null;
      return m[1] === 'enabled' || m[2] === 'on';
    }),
  );
}

/** Every non-blank line must be recognised and all must agree. */
function single<T>(text: string, read: (line: string) => T | null): ParseResult<T> {
  const lines = meaningfulLines(text);
  if (lines.length === 0) return fail('empty output');
  let value: T | null = null;
  for (const line of lines) {
    const v = read(line);
    if (v === null) return fail(`unrecognised line "${excerpt(line)}"`);
    if (value !== null && JSON.stringify(value) !== JSON.stringify(v)) return fail('contradictory lines');
    value = v;
  }
  return ok(value as T);
}
