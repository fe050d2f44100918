/**
 * A Mac with a dead system proxy, for the repair e2e: the secure web proxy 127.0.0.1:9 (nothing
 * listens on the discard port) is set on "Wi-Fi" while `<state>/proxy-on` exists. The `osascript`
 * shim stands in for the administrator prompt: it receives exactly the argv the app built (after
 * the command policy allowed it), answers "User canceled. (-128)" once when `<state>/cancel`
 * exists, and otherwise does what networksetup would do to the shim state. Nothing here runs
 * anything as root or changes this machine.
 */
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ConfigInput } from '../../../shared/config';
import { ROOT } from './build-renderer';

const FX = path.join(ROOT, 'tests/fixtures/macos');

export interface RepairMac {
  state: string;
  config: (base: ConfigInput) => Promise<ConfigInput>;
}

export async function repairMac(): Promise<RepairMac> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-repair-shims-'));
  const state = path.join(dir, 'state');
  const head = `#!/bin/bash\nfx='${FX}'\nst='${state}'\n`;
  const shims: Record<'scutil' | 'networksetup' | 'osascript', string> = {
    scutil: `case "$*" in
  "--proxy") if [ -e "$st/proxy-on" ]; then printf '<dictionary> {\\n  ExceptionsList : <array> {\\n    0 : *.local\\n    1 : 169.254/16\\n  }\\n  FTPPassive : 1\\n  HTTPSEnable : 1\\n  HTTPSPort : 9\\n  HTTPSProxy : 127.0.0.1\\n}\\n'; else exec cat "$fx/scutil-proxy.no-proxy-default.txt"; fi ;;
  "--dns") exec cat "$fx/scutil-dns.plain-isp-no-vpn.truncated.txt" ;;
  "--nc list") exec cat "$fx/scutil-nc-list.l2tp-disconnected.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
    networksetup: `case "$1" in
  -listallnetworkservices) exec cat "$fx/networksetup-listallnetworkservices.basic.txt" ;;
  -getsecurewebproxy) if [ -e "$st/proxy-on" ] && [ "$2" = "Wi-Fi" ]; then printf 'Enabled: Yes\\nServer: 127.0.0.1\\nPort: 9\\nAuthenticated Proxy Enabled: 0\\n'; else exec cat "$fx/networksetup-getwebproxy.disabled-server-off.txt"; fi ;;
  -getwebproxy) exec cat "$fx/networksetup-getwebproxy.disabled-server-off.txt" ;;
  -getsocksfirewallproxy) exec cat "$fx/networksetup-getsocksfirewallproxy.disabled-empty-server.txt" ;;
  -getdnsservers) exec cat "$fx/networksetup-getdnsservers.none-set.reconstructed.txt" ;;
  *) echo "unsupported: $*" >&2; exit 64 ;;
esac`,
    osascript: `printf '%s\\n' "$@" > "$st/last-osascript-args"
if [ -e "$st/cancel" ]; then rm -f "$st/cancel"; echo "0:180: execution error: User canceled. (-128)" >&2; exit 1; fi
shift 7
case "$*" in
  "/usr/sbin/networksetup -setsecurewebproxystate Wi-Fi off") rm -f "$st/proxy-on" ;;
  "/usr/sbin/networksetup -setsecurewebproxy Wi-Fi 127.0.0.1 9") touch "$st/proxy-on" ;;
  *) echo "0:180: execution error: shim: unexpected command $* (1)" >&2; exit 1 ;;
esac`,
  };
  const paths: Record<string, string> = {};
  for (const [tool, body] of Object.entries(shims)) {
    const file = path.join(dir, tool);
    await writeFile(file, head + body + '\n');
    await chmod(file, 0o755);
    paths[tool] = file;
  }
  const { mkdir } = await import('node:fs/promises');
  await mkdir(state);
  await writeFile(path.join(state, 'proxy-on'), '');
  return {
    state,
    config: async (base) => ({ ...base, proxy: 'system', toolPaths: { ...base.toolPaths, ...paths } }),
  };
}
