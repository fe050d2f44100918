/**
 * `sw_vers`: `Key:<TAB>value` lines. Old macOS used one TAB, macOS 11+ two (samples in
 * tests/fixtures/macos/sw_vers.*); a copy-paste may have turned them into spaces, so any
 * whitespace after the colon is accepted. `ProductVersionExtra` appears with a Rapid Security
 * Response, e.g. "(a)".
 */
import type { MacosData } from '../../../../shared/checks';
import { excerpt, fail, guard, meaningfulLines, ok, type ParseResult } from './parse-result';

const VERSION = /^\d{1,3}(\.\d{1,4}){0,3}$/;

/** Parse `sw_vers` output. ProductVersion must be a real version number. */
export function parseSwVers(text: string): ParseResult<MacosData> {
  return guard('sw_vers', () => {
    const fields = new Map<string, string>();
    for (const line of meaningfulLines(text)) {
      const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
      if (!m) return fail(`unrecognised line "${excerpt(line)}"`);
      if (fields.has(m[1]!)) return fail(`"${m[1]}" appears twice`);
      fields.set(m[1]!, m[2]!.trim());
    }
    const version = fields.get('ProductVersion');
    if (version === undefined) return fail('no ProductVersion');
    if (!VERSION.test(version)) return fail(`ProductVersion "${excerpt(version)}" is not a version number`);
    const text_ = (k: string) => {
      const v = fields.get(k);
      return v === undefined || v === '' ? null : v;
    };
    return ok({
      productName: text_('ProductName'),
      productVersion: version,
      buildVersion: text_('BuildVersion'),
      productVersionExtra: text_('ProductVersionExtra'),
    });
  });
}

/** The major version ("10.15.5" → 10, "15.7.4" → 15). */
export function majorVersion(version: string): number {
  return Number(version.split('.')[0]);
}

/**
 * `sysctl -n hw.model` → the model identifier ("MacBookPro18,3", "Mac14,2", "iMac21,1",
 * "VirtualMac2,1"). Anything else (empty, several lines, prose) is refused.
 */
export function parseHwModel(text: string): ParseResult<string> {
  const value = text.trim();
  return /^[A-Za-z]{2,20}\d{1,3},\d{1,3}$/.test(value) ? ok(value) : fail(`not a model identifier: ${excerpt(value)}`);
}
