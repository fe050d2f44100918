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
import { type MessageRef, msg, say } from './say';
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
      const said =
        s.autoDiscovery && !s.pac.enabled ? say('checks.proxy.wpad') : route.url ? say('checks.proxy.pac', { url: route.url }) : say('checks.proxy.pac_no_url');
      return {
        status: 'warn',
        cause: 'proxy.pac_unavailable',
        ...said,
        data,
      };
    }
    const extra = unusedNotes(s, route);
    if (route.kind === 'proxy') {
      return {
        status: 'pass',
        cause: null,
        ...say('checks.proxy.through', { host: route.host, port: String(route.port), source: route.source }, extra),
        data,
      };
    }
    const anyOn = s.http.enabled || s.https.enabled || s.socks.enabled;
    return { status: 'pass', cause: null, ...say(anyOn ? 'checks.proxy.bypassed' : 'checks.proxy.none', undefined, extra), data };
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

/** Settings that are on but that the probes do not use. */
function unusedNotes(s: ProxySettings, route: ProxyRoute): MessageRef[] {
  const notes: MessageRef[] = [];
  if (s.socks.enabled) notes.push(msg('checks.proxy.note.socks'));
  if (s.https.enabled && s.https.host === null) notes.push(msg('checks.proxy.note.https_no_server'));
  if (route.kind !== 'proxy' && s.http.enabled && !s.https.enabled) notes.push(msg('checks.proxy.note.http_only'));
  return notes;
}
