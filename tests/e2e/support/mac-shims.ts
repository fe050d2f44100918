/**
 * Stand-ins for the macOS tools, so the browser tests (and the README screenshots) show a whole
 * Mac — "This Mac" checks included — on Linux. Scenario: a healthy Mac signed in to iCloud as the
 * planted test person, so the report's redaction has a real account id and name to hide.
 * Outputs are the real samples in tests/fixtures/macos where one exists; the scripts are written
 * to a temp dir and handed to the engine through `toolPaths` with `platform: "darwin"`.
 */
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ConfigInput, ToolName } from '../../../shared/config';
import { ROOT } from './build-renderer';

export const PERSON = { accountId: 'jane.appleseed@icloud.com', displayName: 'Jane Appleseed' };

const FX = path.join(ROOT, 'tests/fixtures/macos');

function script(body: string): string {
  return `#!/bin/bash\n# appleid-doctor e2e shim (healthy Mac). Read-only: prints samples, changes nothing.\nfx='${FX}'\n${body}\n`;
}

const SHIMS: Record<ToolName, string> = {
  scutil: `case "$*" in
  "--proxy") exec cat "$fx/scutil-proxy.no-proxy-default.txt" ;;
  "--dns") exec cat "$fx/scutil-dns.plain-isp-no-vpn.truncated.txt" ;;
  "--nc list") exec cat "$fx/scutil-nc-list.l2tp-disconnected.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
  sw_vers: `case "$*" in
  "") exec cat "$fx/sw_vers.15.7.4-sequoia.tabs.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
  socketfilterfw: `case "$*" in
  --getglobalstate) echo "Firewall is enabled. (State = 1)" ;;
  --getblockall) echo "Firewall has block all state set to disabled." ;;
  --getstealthmode) echo "Firewall stealth mode is off" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
  systemsetup: `case "$*" in
  -getusingnetworktime) exec cat "$fx/systemsetup-getusingnetworktime.on.reconstructed.txt" ;;
  -gettimezone) exec cat "$fx/systemsetup-gettimezone.reconstructed.txt" ;;
  -getnetworktimeserver) exec cat "$fx/systemsetup-getnetworktimeserver.apple.reconstructed.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
  security: `case "$1" in
  dump-keychain) exec cat "$fx/security-dump-keychain.signal-safe-storage.txt" ;;
  list-keychains) exec cat "$fx/security-list-keychains.user-and-system.txt" ;;
  *) exit 44 ;;
esac`,
  defaults: `case "$*" in
  "read MobileMeAccounts") sed -e 's/<apple-id-email>/${PERSON.accountId}/' -e 's/<display name>/${PERSON.displayName}/' \\
    -e 's/<first>/Jane/' -e 's/<last>/Appleseed/' "$fx/defaults-read-mobilemeaccounts.shape.filled.txt" ;;
  *) echo "Domain $2 does not exist" >&2; exit 1 ;;
esac`,
  // Synthetic model identifier (format of Apple's identifiers; not a capture).
  route: `case "$*" in
  "-n get default") exec cat "$fx/route-get-0.default-en0-while-vpn-up.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
  sysctl: `case "$*" in
  "-n hw.model") echo "Mac14,2" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
  // A quiet unified log: one benign apsd line (real message) and log show's closing trailer.
  log: `ts="$(date -u -d '@'$(( $(date +%s) - 60 )) '+%Y-%m-%d %H:%M:%S.%6N+0000')"
printf '{"messageType":"Default","eventType":"logEvent","subsystem":"com.apple.apsd","processImagePath":"\\/System\\/Library\\/PrivateFrameworks\\/ApplePushService.framework\\/apsd","timestamp":"%s","eventMessage":"Failed entitlement check for 49350","processID":360}\n{"count":1,"finished":1}\n' "$ts"`,
  // No administrator prompt in the healthy-Mac scenario: a repair here reports that it could not run.
  osascript: `echo "execution error: no administrator prompt in this test (1)" >&2; exit 1`,
  networksetup: `case "$1" in
  -listallnetworkservices) exec cat "$fx/networksetup-listallnetworkservices.basic.txt" ;;
  -getdnsservers) exec cat "$fx/networksetup-getdnsservers.none-set.reconstructed.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
};

/** Write the shims and return the config additions that make the engine use them. */
export async function macShimConfig(): Promise<Pick<ConfigInput, 'platform' | 'toolPaths'>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-shims-'));
  const toolPaths: Partial<Record<ToolName, string>> = {};
  for (const [tool, body] of Object.entries(SHIMS) as [ToolName, string][]) {
    const file = path.join(dir, tool);
    await writeFile(file, script(body));
    await chmod(file, 0o755);
    toolPaths[tool] = file;
  }
  return { platform: 'darwin', toolPaths };
}
