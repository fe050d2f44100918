/**
 * `scutil --proxy`: the system proxy dictionary (kSCPropNetProxies* keys). Real samples:
 * tests/fixtures/macos/scutil-proxy.*. Only the top-level keys count: plain `scutil --proxy`
 * removes `__SCOPED__` and per-service sub-dictionaries before printing (configd tests.c).
 */
import type { ProxyData, ProxyEndpoint } from '../../../../shared/checks';
import { type CfValue, cfLines, parseCfBlock } from './cf-description';
import { excerpt, fail, guard, ok, type ParseResult } from './parse-result';

/** The proxy settings macOS hands to CFNetwork: the `proxy` check's evidence minus env and route. */
export type ProxySettings = Omit<ProxyData, 'env' | 'route'> & {
  /** `scutil` said "No proxy configuration available" (SCDynamicStoreCopyProxies returned NULL). */
  noConfiguration: boolean;
};

/** Printed by configd when there is no proxy dictionary at all (tests.c do_showProxyConfiguration). */
const NO_CONFIGURATION = 'No proxy configuration available';

/** Parse `scutil --proxy` output. */
export function parseScutilProxy(text: string): ParseResult<ProxySettings> {
  return guard('scutil --proxy', () => {
    const trimmed = text.trim();
    if (trimmed === NO_CONFIGURATION) return ok({ ...emptySettings(), noConfiguration: true });
    const lines = cfLines(text);
    const start = lines.findIndex((l) => l.trim() !== '');
    if (start < 0) return fail('empty output');
    const block = parseCfBlock(lines, start);
    if (!block.ok) return block;
    const trailing = lines.slice(block.value.next).find((l) => l.trim() !== '');
    if (trailing !== undefined) return fail(`unexpected text after the dictionary: "${excerpt(trailing)}"`);
    return settingsFrom(block.value.dict);
  });
}

function emptySettings(): ProxySettings {
  const off = (): ProxyEndpoint => ({ enabled: false, host: null, port: null });
  return {
    http: off(),
    https: off(),
    socks: off(),
    pac: { enabled: false, url: null },
    autoDiscovery: false,
    exceptions: [],
    excludeSimpleHostnames: false,
    noConfiguration: false,
  };
}

function settingsFrom(d: Map<string, CfValue>): ParseResult<ProxySettings> {
  const flags: Record<string, boolean> = {};
  for (const key of ['HTTPEnable', 'HTTPSEnable', 'SOCKSEnable', 'ProxyAutoConfigEnable', 'ProxyAutoDiscoveryEnable', 'ExcludeSimpleHostnames']) {
    const f = flag(d.get(key));
    if (f === 'invalid') return fail(`${key} has an unexpected value`);
    flags[key] = f;
  }
  const exceptions = d.get('ExceptionsList');
  if (exceptions !== undefined && !Array.isArray(exceptions)) return fail('ExceptionsList is not an array');
  const pacUrl = d.get('ProxyAutoConfigURLString');
  return ok({
    http: endpoint(flags['HTTPEnable']!, d.get('HTTPProxy'), d.get('HTTPPort')),
    https: endpoint(flags['HTTPSEnable']!, d.get('HTTPSProxy'), d.get('HTTPSPort')),
    socks: endpoint(flags['SOCKSEnable']!, d.get('SOCKSProxy'), d.get('SOCKSPort')),
    pac: { enabled: flags['ProxyAutoConfigEnable']!, url: typeof pacUrl === 'string' && pacUrl !== '' ? pacUrl : null },
    autoDiscovery: flags['ProxyAutoDiscoveryEnable']!,
    // Some proxy apps write one element holding a comma-separated list (one capture of weak provenance,
    // tests/fixtures/macos/scutil-proxy.http-https-socks-comma-exceptions.*); split it
    // so each host is matched on its own.
    exceptions: (exceptions ?? [])
      .filter((e): e is string => typeof e === 'string')
      .flatMap((e) => e.split(','))
      .map((e) => e.trim())
      .filter((e) => e !== ''),
    excludeSimpleHostnames: flags['ExcludeSimpleHostnames']!,
    noConfiguration: false,
  });
}

/**
 * A CFNumber prints as digits, a CFBoolean as TRUE/FALSE. Anything else is not a reading; an
 * absent key means off.
 */
function flag(v: CfValue | undefined): boolean | 'invalid' {
  if (v === undefined) return false;
  if (typeof v !== 'string') return 'invalid';
  if (/^\d{1,9}$/.test(v)) return Number(v) !== 0;
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return 'invalid';
}

function endpoint(enabled: boolean, host: CfValue | undefined, port: CfValue | undefined): ProxyEndpoint {
  const h = typeof host === 'string' && host !== '' ? host : null;
  const p = typeof port === 'string' && /^\d{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535 ? Number(port) : null;
  return { enabled, host: h, port: p };
}
