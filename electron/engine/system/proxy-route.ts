/**
 * How the sign-in probes reach a URL, with the precedence a user would expect:
 * 1. `config.proxy`: "direct" or "http://host:port" (source `config`);
 * 2. the host's resolver (`deps.resolveProxy`, Electron's session.resolveProxy, which evaluates
 *    PAC/WPAD in Chromium's sandboxed resolver);
 * 3. on macOS, `scutil --proxy`: auto-discovery or a PAC URL → `pac-unevaluated` (running an
 *    arbitrary PAC script's JavaScript inside the main process is not safe, so the CLI does not
 *    do it and says so); otherwise the HTTPS proxy unless the host is in ExceptionsList /
 *    ExcludeSimpleHostnames;
 * 4. `HTTPS_PROXY`/`https_proxy` honouring `NO_PROXY`/`no_proxy`;
 * 5. direct.
 * Never rejects: anything that fails falls through to the next source.
 */
import type { Config } from '../../../shared/config';
import { withDeadline } from '../deadline';
import type { CheckContext, EngineDeps, ProxyRoute } from '../seams';
import type { ProxySettings } from './parsers/scutil-proxy';
import { isBypassed, noProxyMatches, parseChromiumProxyList, parseHttpProxyUrl } from './proxy-match';
import { memoSystemProxy } from './system-proxy';

export interface ProxyRouterOptions {
  config: Config;
  deps: EngineDeps;
  macos: boolean;
  memo: CheckContext['memo'];
  /** The run's signal (the scutil read honours it). */
  signal?: AbortSignal;
}

const DIRECT: ProxyRoute = { kind: 'direct' };
/** WPAD's well-known DNS location (what Chromium tries for auto-detect). */
const WPAD_URL = 'http://wpad/wpad.dat';

/** Build the router for one run. */
export function createProxyRouter(opts: ProxyRouterOptions): (url: string) => Promise<ProxyRoute> {
  return async (url) => {
    let target: { host: string; port: number };
    try {
      const u = new URL(url);
      target = { host: u.hostname, port: u.port ? Number(u.port) : u.protocol === 'http:' ? 80 : 443 };
    } catch {
      return DIRECT;
    }
    const fromConfig = routeFromConfig(opts.config.proxy);
    if (fromConfig) return fromConfig;
    if (opts.deps.resolveProxy) {
      const resolved = await resolveWithHost(opts, url);
      if (resolved) return resolved;
    }
    if (opts.macos) {
      const read = await memoSystemProxy(opts.memo, opts.deps, opts.config, opts.signal);
      if (read.ok) return routeFromSystemSettings(read.value, target.host);
    }
    return routeFromEnv(opts.deps.env, target.host, target.port) ?? DIRECT;
  };
}

/** `config.proxy`: "system" defers to the other sources. */
export function routeFromConfig(proxy: string): ProxyRoute | null {
  if (proxy === 'direct') return DIRECT;
  if (proxy === 'system') return null;
  const hp = parseHttpProxyUrl(proxy);
  return hp ? { kind: 'proxy', ...hp, source: 'config' } : null;
}

/** The route macOS's own settings give for `host` (pure). */
export function routeFromSystemSettings(s: ProxySettings, host: string): ProxyRoute {
  // Chromium's macOS reader takes auto-detect first, then the PAC URL, then manual proxies
  // (net/proxy_resolution/proxy_config_service_mac.cc); CFNetwork behaves the same for apps.
  if (s.autoDiscovery) return { kind: 'pac-unevaluated', url: WPAD_URL };
  if (s.pac.enabled) return { kind: 'pac-unevaluated', url: s.pac.url ?? '' };
  if (!s.https.enabled || s.https.host === null) return DIRECT;
  if (isBypassed(host, s.exceptions, s.excludeSimpleHostnames)) return DIRECT;
  // A missing port means the scheme default, as in Chromium's GetProxyServerFromDictionary.
  return { kind: 'proxy', host: s.https.host, port: s.https.port ?? 80, source: 'system' };
}

/** HTTPS_PROXY / https_proxy with NO_PROXY / no_proxy (pure); null when none applies. */
export function routeFromEnv(env: EngineDeps['env'], host: string, port: number): ProxyRoute | null {
  const raw = env['https_proxy'] || env['HTTPS_PROXY'];
  if (!raw) return null;
  const noProxy = env['no_proxy'] || env['NO_PROXY'] || '';
  if (noProxyMatches(host, port, noProxy)) return DIRECT;
  const hp = parseHttpProxyUrl(raw);
  return hp ? { kind: 'proxy', ...hp, source: 'env' } : null;
}

/**
 * Ask the host (Electron) for the route. The first entry the probes can use decides: DIRECT, or
 * an HTTP proxy ("PROXY h:p"); SOCKS/HTTPS/QUIC proxies are skipped because the probes only speak
 * HTTP CONNECT. Null when the resolver fails, hangs past `commandMs`, or gives nothing usable.
 */
async function resolveWithHost(opts: ProxyRouterOptions, url: string): Promise<ProxyRoute | null> {
  let text: string;
  try {
    text = await withDeadline(opts.deps.resolveProxy!(url), opts.config.timeouts.commandMs, opts.signal);
  } catch {
    return null;
  }
  for (const entry of parseChromiumProxyList(text)) {
    if (entry.kind === 'direct') return DIRECT;
    if (entry.scheme === 'PROXY') {
      const source = opts.macos ? await systemSource(opts) : 'system';
      return { kind: 'proxy', host: entry.host, port: entry.port, source };
    }
  }
  return null;
}

/** "pac" when macOS's settings say the answer came from a proxy script, else "system". */
async function systemSource(opts: ProxyRouterOptions): Promise<'pac' | 'system'> {
  const read = await memoSystemProxy(opts.memo, opts.deps, opts.config, opts.signal);
  return read.ok && (read.value.pac.enabled || read.value.autoDiscovery) ? 'pac' : 'system';
}
