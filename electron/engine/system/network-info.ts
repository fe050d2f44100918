/**
 * Interface facts for the VPN check, from `systeminformation` (networkInterfaces() and
 * networkInterfaceDefault()). systeminformation runs its own helpers and has no timeout, so every
 * call here has its own deadline and honours the caller's AbortSignal; on either it rejects and the
 * caller reports "unknown".
 */
import type { NetInterface, NetworkInfo } from '../seams';

/** The part of systeminformation used here (injectable for tests). */
export interface SiNetwork {
  networkInterfaces(): Promise<unknown>;
  networkInterfaceDefault(): Promise<string>;
}

export interface NetworkInfoOptions {
  /** Deadline for one interfaces() call (default 3000 ms). */
  timeoutMs?: number;
  /** Defaults to the real `systeminformation` module, loaded on first use. */
  si?: SiNetwork;
}

/** Create the NetworkInfo seam. */
export function createNetworkInfo(opts: NetworkInfoOptions = {}): NetworkInfo {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const load = async (): Promise<SiNetwork> => opts.si ?? ((await import('systeminformation')).default as SiNetwork);
  return {
    interfaces(signal) {
      const work = (async () => {
        const si = await load();
        const [list, defaultIface] = await Promise.all([si.networkInterfaces(), si.networkInterfaceDefault().catch(() => '')]);
        return toNetInterfaces(list, defaultIface);
      })();
      return withDeadline(work, timeoutMs, signal);
    },
  };
}

/** Map systeminformation's records (pure; tolerant of missing fields). */
export function toNetInterfaces(list: unknown, defaultIface: string): NetInterface[] {
  const records = Array.isArray(list) ? list : list && typeof list === 'object' ? [list] : [];
  const out: NetInterface[] = [];
  for (const r of records as Record<string, unknown>[]) {
    if (!r || typeof r.iface !== 'string') continue;
    const addresses = [r.ip4, r.ip6].filter((a): a is string => typeof a === 'string' && a !== '');
    const state = typeof r.operstate === 'string' ? r.operstate : 'unknown';
    out.push({
      iface: r.iface,
      addresses,
      isDefault: r.default === true || (defaultIface !== '' && r.iface === defaultIface),
      // Point-to-point tunnels (utun) report no media status on macOS, hence "unknown": count
      // them as up when they carry an address.
      up: state === 'up' || (state !== 'down' && addresses.length > 0),
    });
  }
  return out;
}

function withDeadline<T>(work: Promise<T>, ms: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Error('aborted'));
      return;
    }
    const onAbort = () => settle(() => reject(new Error('aborted')));
    const timer = setTimeout(() => settle(() => reject(new Error(`network interfaces not read within ${ms} ms`))), ms);
    let settled = false;
    function settle(fn: () => void) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => settle(() => resolve(v)),
      (e: unknown) => settle(() => reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

/**
 * Can this interface address reach beyond this machine? Loopback, unspecified and self-assigned
 * link-local addresses (169.254/16, fe80::/10 — macOS keeps idle utun0–3 with only fe80::) cannot.
 */
export function isRoutableAddress(address: string): boolean {
  return !/^(127\.|169\.254\.|fe80:)/i.test(address) && !['::1', '::', '0.0.0.0'].includes(address);
}
