/**
 * `proxy`: the system proxy settings (`scutil --proxy`, read once per run and shared with the
 * router), the proxy environment variables, and the route the sign-in probes used. A configured
 * proxy is only reported: whether it works is the sign-in probes' verdict (proxy.down, …). The
 * check warns only when the route could not be worked out (a PAC script or WPAD this app does not
 * run).
 */
import type { ProxyData } from '../../../shared/checks';
import type { ToolRead } from '../system/cmd-outcome';
import type { ProxySettings } from '../system/parsers/scutil-proxy';
import { redactProxyUrl } from '../system/proxy-match';
import { memoSystemProxy } from '../system/system-proxy';
import type { CheckContext, CheckDefinition, ProxyRoute } from '../types';
import { toolErrorOutcome } from './tool-evidence';

/** The system proxy settings, the route the probes used and the proxy environment variables. */
export interface ProxyEvidence {
  read: ToolRead<ProxySettings>;
  route: ProxyRoute;
  env: ProxyData['env'];
}

export const proxyCheck: CheckDefinition<'proxy', ProxyEvidence> = {
  id: 'proxy',
  kind: 'macos',
  async measure(ctx) {
    const [read, route] = await Promise.all([memoSystemProxy(ctx.memo, ctx.deps, ctx.config, ctx.signal), probeRoute(ctx)]);
    return { read, route, env: envData(ctx.deps.env) };
  },
  judge({ read, route, env }) {
    if (!read.ok) return toolErrorOutcome(read.failure, { env, route });
    const s = read.value;
    const data: ProxyData = {
      http: s.http,
      https: s.https,
      socks: s.socks,
      pac: s.pac,
      autoDiscovery: s.autoDiscovery,
      exceptions: s.exceptions,
      excludeSimpleHostnames: s.excludeSimpleHostnames,
      env,
      route,
    };
    if (route.kind === 'pac-unevaluated') {
      const what = s.autoDiscovery && !s.pac.enabled ? 'Automatic proxy discovery (WPAD) is on' : `A proxy script is set (${route.url || 'no URL'})`;
      return {
        status: 'warn',
        cause: 'proxy.pac_unavailable',
        summary: `${what}. This app does not run proxy scripts, so the sign-in checks went direct and may not match what macOS does.`,
        data,
      };
    }
    const extra = unusedNotes(s, route);
    if (route.kind === 'proxy') {
      return {
        status: 'pass',
        cause: null,
        summary: `The sign-in checks go through the proxy ${route.host}:${route.port} (${sourceText(route.source)}).${extra}`,
        data,
      };
    }
    const anyOn = s.http.enabled || s.https.enabled || s.socks.enabled;
    return { status: 'pass', cause: null, summary: `${anyOn ? 'Apple traffic bypasses the configured proxy.' : 'No proxy is set.'}${extra}`, data };
  },
};

/** The route for the first sign-in endpoint (what the probes used). */
async function probeRoute(ctx: CheckContext): Promise<ProxyRoute> {
  const e = ctx.config.endpoints[0];
  if (!e) return { kind: 'direct' };
  try {
    return await ctx.proxyRoute(`https://${e.host}:${e.port}${e.path}`);
  } catch {
    return { kind: 'direct' };
  }
}

function envData(env: CheckContext['deps']['env']): ProxyData['env'] {
  const pick = (...keys: string[]) => {
    const v = keys.map((k) => env[k]).find((x) => x !== undefined && x !== '');
    return v === undefined ? null : redactProxyUrl(v);
  };
  return { httpProxy: pick('http_proxy', 'HTTP_PROXY'), httpsProxy: pick('https_proxy', 'HTTPS_PROXY'), noProxy: pick('no_proxy', 'NO_PROXY') };
}

function sourceText(source: string): string {
  return (
    (
      { config: 'from this app’s settings', env: 'from HTTPS_PROXY', system: 'macOS proxy settings', pac: 'chosen by the proxy script' } as Record<
        string,
        string
      >
    )[source] ?? source
  );
}

/** Settings that are on but that the probes do not use. */
function unusedNotes(s: ProxySettings, route: ProxyRoute): string {
  const notes: string[] = [];
  if (s.socks.enabled) notes.push(' A SOCKS proxy is also set; these checks do not use SOCKS.');
  if (s.https.enabled && s.https.host === null) notes.push(' The secure web proxy is switched on without a server.');
  if (route.kind !== 'proxy' && s.http.enabled && !s.https.enabled) notes.push(' Only a plain-web (HTTP) proxy is set; Apple sign-in uses HTTPS.');
  return notes.join('');
}
