/**
 * Interface facts for the VPN and offline checks: `os.networkInterfaces()` (getifaddrs, in
 * process, no child) for the addresses, and on macOS `/sbin/route -n get default` through the
 * command runner — allow-listed, absolute path, no shell, with the runner's deadline and the
 * caller's AbortSignal — for the default route's interface. This replaces systeminformation, whose
 * `networkInterfaceDefault()` runs `execSync("route -n get default 2>/dev/null | grep interface | …")`
 * (sebhildebrandt/systeminformation `lib/network.js`): a shell and a PATH lookup, synchronously on
 * the Electron main thread, where no deadline can interrupt it.
 */
import os from 'node:os';
import type { CommandRunner, NetInterface, NetworkInfo } from '../seams';
import { NO_ROUTE, parseRouteGet, type RouteGet } from './parsers/route-get';

/** `os.networkInterfaces()`'s shape (injectable for tests). */
export type OsInterfaces = () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;

export interface NetworkInfoOptions {
  runner: CommandRunner;
  /** Ask route(8) for the default route (macOS only; elsewhere no interface is marked default). */
  macos: boolean;
  /** Deadline for the route(8) call (default 3000 ms). */
  timeoutMs?: number;
  osInterfaces?: OsInterfaces;
}

/** Create the NetworkInfo seam. */
export function createNetworkInfo(opts: NetworkInfoOptions): NetworkInfo {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const read = opts.osInterfaces ?? os.networkInterfaces;
  return {
    async interfaces(signal) {
      if (signal?.aborted) throw new Error('aborted');
      const defaultIface = opts.macos ? await defaultInterface(opts.runner, timeoutMs, signal) : null;
      return toNetInterfaces(read(), defaultIface);
    },
  };
}

/**
 * The default route's interface; '' when there is no default route (route(8) answers "not in
 * table"). Rejects when route(8) could not be run or answered something unreadable: the caller
 * then reports "unknown", never "no VPN".
 */
async function defaultInterface(runner: CommandRunner, timeoutMs: number, signal?: AbortSignal): Promise<string> {
  const [def, low, high] = await Promise.all([
    routeInterface(runner, 'default', timeoutMs, signal),
    ...SPLIT_HALVES.map((dest) => routeInterface(runner, dest, timeoutMs, signal).catch(() => null)),
  ]);
  return fullTunnelOver(def, low ?? null, high ?? null) ?? def;
}

/**
 * One address in each half of the IPv4 space. A full-tunnel VPN that must not replace the
 * default route (OpenVPN `redirect-gateway def1`, WireGuard with AllowedIPs 0.0.0.0/0 on macOS)
 * installs 0.0.0.0/1 + 128.0.0.0/1 through its tunnel: `route get default` still names en0, while
 * `route get 1` matches the /1 route on utun (samples in https://github.com/dylanaraps/neofetch/pull/2361;
 * OpenVPN's reference manual, `--redirect-gateway def1`).
 */
const SPLIT_HALVES = ['0.0.0.1', '128.0.0.1'] as const;

/**
 * The tunnel that carries all IPv4 traffic, when both halves of the address space leave through
 * the same interface other than the default route's, each by a /1 route (pure).
 */
export function fullTunnelOver(defaultIface: string, low: RouteGet | null, high: RouteGet | null): string | null {
  if (!low || !high || low.interface !== high.interface || low.interface === defaultIface) return null;
  const halfMask = (r: RouteGet): boolean => r.mask === '128.0.0.0';
  return halfMask(low) && halfMask(high) ? low.interface : null;
}

async function routeInterface(runner: CommandRunner, dest: 'default', timeoutMs: number, signal?: AbortSignal): Promise<string>;
async function routeInterface(runner: CommandRunner, dest: (typeof SPLIT_HALVES)[number], timeoutMs: number, signal?: AbortSignal): Promise<RouteGet | null>;
async function routeInterface(runner: CommandRunner, dest: string, timeoutMs: number, signal?: AbortSignal): Promise<string | RouteGet | null> {
  const r = await runner.run('route', ['-n', 'get', dest], { timeoutMs, signal });
  if (r.spawnError) throw new Error(`route could not be run: ${r.spawnError}`);
  if (r.timedOut) throw new Error(`route gave no answer within ${timeoutMs} ms`);
  if (r.exitCode !== 0 && NO_ROUTE.test(r.stderr)) return dest === 'default' ? '' : null;
  if (r.exitCode !== 0) throw new Error(`route exited with ${r.exitCode ?? r.signal}`);
  const parsed = parseRouteGet(r.stdout);
  if (!parsed.ok) throw new Error(`route output unreadable: ${parsed.error}`);
  return dest === 'default' ? parsed.value.interface : parsed.value;
}

/**
 * Group `os.networkInterfaces()` records per interface (pure). libuv lists only interfaces that
 * are UP and RUNNING (libuv `src/unix/bsd-ifaddrs.c`, `uv__ifaddr_exclude`), so every listed one
 * is up; link-layer entries never appear as addresses.
 */
export function toNetInterfaces(list: NodeJS.Dict<os.NetworkInterfaceInfo[]>, defaultIface: string | null): NetInterface[] {
  const out: NetInterface[] = [];
  for (const [iface, infos] of Object.entries(list)) {
    if (!Array.isArray(infos)) continue;
    const addresses = [...new Set(infos.map((i) => i.address).filter((a): a is string => typeof a === 'string' && a !== ''))];
    out.push({ iface, addresses, isDefault: defaultIface !== null && defaultIface !== '' && iface === defaultIface, up: true });
  }
  return out;
}

/**
 * Can this interface address reach beyond this machine? Loopback, unspecified and self-assigned
 * link-local addresses (169.254/16, fe80::/10 — macOS keeps idle utun0–3 with only fe80::) cannot.
 */
export function isRoutableAddress(address: string): boolean {
  return !/^(127\.|169\.254\.|fe80:)/i.test(address) && !['::1', '::', '0.0.0.0'].includes(address);
}
