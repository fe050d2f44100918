/**
 * Test-side wrapper around `electron/engine/probes/dial` (the only place probes open TCP sockets):
 * stand-in public addresses from the sim's DNS are mapped onto 127.0.0.1 servers, loopback passes
 * through, and anything else is refused locally and recorded as a violation — so no test can ever
 * send a packet off 127.0.0.1. Install in a test file with:
 *
 *   vi.mock('../../../electron/engine/probes/dial', async (orig) =>
 *     (await import('./loopback-guard')).guardDial(await orig()));
 */
import type net from 'node:net';

/** The public stand-in A record fault tests use (Apple's range; never actually dialled). */
export const STAND_IN = '17.253.144.10';

type Dial = (address: string, port: number, signal: AbortSignal) => Promise<net.Socket>;

const routes = new Map<string, { address: string; port?: number }>();
/** Off-loopback dials that were refused (should stay empty). */
export const violations: string[] = [];
/** Every dial seen, after mapping ("from → to"). */
export const dials: string[] = [];

/** Map `from` (an address, or "address:port") to a loopback target. */
export function route(from: string, to: { address?: string; port?: number } = {}): void {
  routes.set(from, { address: to.address ?? '127.0.0.1', port: to.port });
}

/** Forget every mapping except the stand-in. */
export function resetRoutes(): void {
  routes.clear();
  route(STAND_IN);
}
resetRoutes();

const isLoopback = (a: string): boolean => /^127\./.test(a) || a === '::1';

/** Wrap the real module. */
export function guardDial(orig: { dialTcp: Dial }): { dialTcp: Dial } {
  return {
    dialTcp: (address, port, signal) => {
      const r = routes.get(`${address}:${port}`) ?? routes.get(address);
      if (r) {
        dials.push(`${address}:${port} → ${r.address}:${r.port ?? port}`);
        return orig.dialTcp(r.address, r.port ?? port, signal);
      }
      if (isLoopback(address)) {
        dials.push(`${address}:${port}`);
        return orig.dialTcp(address, port, signal);
      }
      violations.push(`${address}:${port}`);
      return Promise.reject(Object.assign(new Error(`connect ENETUNREACH ${address}:${port} (test guard)`), { code: 'ENETUNREACH', syscall: 'connect' }));
    },
  };
}
