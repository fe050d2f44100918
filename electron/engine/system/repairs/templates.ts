/**
 * The closed set of repairs as fixed programs + argument templates. Program paths are constants,
 * never taken from the config file: these commands run as root, so a configurable path would be a
 * way to run anything as root. Values that vary (a network service name, a saved proxy) are
 * checked here before any template is filled in.
 *
 * Sources (all correct for macOS 13–26):
 * - DNS cache: Apple Support "Reset the DNS cache" pattern `dscacheutil -flushcache` + `killall
 *   -HUP mDNSResponder` (dscacheutil(1): "-flushcache  Flushes the entire cache";
 *   mDNSResponder(8): SIGHUP clears its cache). Both need root.
 * - Proxies: networksetup(8) `-setwebproxystate`, `-setsecurewebproxystate`,
 *   `-setsocksfirewallproxystate`, `-setautoproxystate <networkservice> <on off>`, and
 *   `-setwebproxy`/`-setsecurewebproxy`/`-setsocksfirewallproxy <networkservice> <domain>
 *   <port number>` (which also switches it on). Changing network settings needs an administrator.
 * - Time: systemsetup(8) `-setnetworktimeserver <timeserver>` and `-setusingnetworktime <on off>`;
 *   systemsetup needs root ("You need administrator access to run this tool").
 */
import type { RepairId } from '../../../../shared/repairs';
import type { FixedCommand } from './admin-script';
import { isSafePort, isSafeProxyHost, isSafeServiceName } from './service-name';

export const DSCACHEUTIL = '/usr/bin/dscacheutil';
export const KILLALL = '/usr/bin/killall';
export const NETWORKSETUP = '/usr/sbin/networksetup';
export const SYSTEMSETUP = '/usr/sbin/systemsetup';
/** Apple's time server (support.apple.com/101555 lists time.apple.com, UDP 123). */
export const APPLE_TIME_SERVER = 'time.apple.com';

/** The four proxy settings of a network service. */
export type ProxyKind = 'web' | 'secure-web' | 'socks' | 'auto';
export const PROXY_KINDS: readonly ProxyKind[] = ['web', 'secure-web', 'socks', 'auto'];

const VERB: Record<ProxyKind, string> = { web: 'web', 'secure-web': 'secureweb', socks: 'socksfirewall', auto: 'auto' };

/** `networksetup -get…` verb that reads a kind (auto: `-getautoproxyurl`). */
export function readVerb(kind: ProxyKind): string {
  return kind === 'auto' ? '-getautoproxyurl' : `-get${VERB[kind]}proxy`;
}

/** A proxy setting this app switched off, kept so it can be put back exactly. */
export interface SavedProxy {
  service: string;
  kind: ProxyKind;
  /** Server and port for web/secure-web/socks; null for the automatic configuration (its URL stays stored). */
  host: string | null;
  port: number | null;
}

/** The prompt macOS shows in its password dialog (fixed text, one per repair). */
export const PROMPTS: Record<RepairId, string> = {
  'flush-dns': 'appleid-doctor wants to clear the DNS cache.',
  'proxy-off': 'appleid-doctor wants to turn off a proxy that does not answer.',
  'proxy-on': 'appleid-doctor wants to turn the proxy back on.',
  'auto-time-on': 'appleid-doctor wants to set the date and time automatically from time.apple.com.',
};

/** Flush both DNS caches. */
export function flushDnsCommands(): FixedCommand[] {
  return [
    { program: DSCACHEUTIL, args: ['-flushcache'] },
    { program: KILLALL, args: ['-HUP', 'mDNSResponder'] },
  ];
}

/** Automatic date & time against time.apple.com (server first, so it never syncs elsewhere). */
export function autoTimeCommands(): FixedCommand[] {
  return [
    { program: SYSTEMSETUP, args: ['-setnetworktimeserver', APPLE_TIME_SERVER] },
    { program: SYSTEMSETUP, args: ['-setusingnetworktime', 'on'] },
  ];
}

/** Turn the given proxy settings off. Throws when a service name is not safe (callers check first). */
export function proxyOffCommands(targets: readonly { service: string; kind: ProxyKind }[]): FixedCommand[] {
  return targets.map((t) => {
    if (!isSafeServiceName(t.service)) throw new Error('unsafe service name');
    return { program: NETWORKSETUP, args: [`-set${VERB[t.kind]}proxystate`, t.service, 'off'] };
  });
}

/** Put saved proxy settings back. Throws on a value outside the safe sets (callers check first). */
export function proxyOnCommands(saved: readonly SavedProxy[]): FixedCommand[] {
  return saved.map((s) => {
    if (!isSafeServiceName(s.service)) throw new Error('unsafe service name');
    if (s.kind === 'auto') return { program: NETWORKSETUP, args: ['-setautoproxystate', s.service, 'on'] };
    const port = String(s.port);
    if (!s.host || !isSafeProxyHost(s.host) || !isSafePort(port)) throw new Error('unsafe proxy value');
    return { program: NETWORKSETUP, args: [`-set${VERB[s.kind]}proxy`, s.service, s.host, port] };
  });
}

/**
 * Does this one command match a template of the closed set? Used by the command policy on the
 * argv osascript receives, so only these commands can ever run as administrator.
 */
export function isTemplateCommand(program: string, args: readonly string[]): boolean {
  const eq = (...want: string[]) => args.length === want.length && want.every((w, i) => args[i] === w);
  switch (program) {
    case DSCACHEUTIL:
      return eq('-flushcache');
    case KILLALL:
      return eq('-HUP', 'mDNSResponder');
    case SYSTEMSETUP:
      return eq('-setnetworktimeserver', APPLE_TIME_SERVER) || eq('-setusingnetworktime', 'on');
    case NETWORKSETUP: {
      const [verb, service, a, b] = args;
      if (verb === undefined || service === undefined || !isSafeServiceName(service)) return false;
      if (args.length === 3 && /^-set(web|secureweb|socksfirewall|auto)proxystate$/.test(verb))
        return a === 'off' || (a === 'on' && verb === '-setautoproxystate');
      if (args.length === 4 && /^-set(web|secureweb|socksfirewall)proxy$/.test(verb)) return isSafeProxyHost(a ?? '') && isSafePort(b ?? '');
      return false;
    }
    default:
      return false;
  }
}

export const TEMPLATE_PROGRAMS: ReadonlySet<string> = new Set([DSCACHEUTIL, KILLALL, NETWORKSETUP, SYSTEMSETUP]);
