/**
 * Parser for `/sbin/route -n get default` (macOS): the "key: value" block route(8) prints for the
 * route chosen for a destination — `route to`, `destination`, `mask`, `gateway`, `interface`,
 * `flags` — then a metrics table. Format: apple-oss-distributions/network_cmds `route.tproj/route.c`
 * (`print_getmsg`). Pure; garbage is an error, never "no VPN".
 */
import { fail, guard, ok, type ParseResult, splitLines } from './parse-result';

/** The route to one destination. */
export interface RouteGet {
  /** Outgoing interface (en0, utun3…). */
  interface: string;
  /** Next hop, or null for a directly connected / point-to-point route. */
  gateway: string | null;
  /** The matched route's destination ("default" for the default route). */
  destination: string | null;
  mask: string | null;
}

/** What `route -n get` prints on stderr when there is no such route (no network at all). */
export const NO_ROUTE = /not in table/i;

/** Parse one `route -n get` answer. */
export function parseRouteGet(stdout: string): ParseResult<RouteGet> {
  return guard('route get', () => {
    const fields = new Map<string, string>();
    for (const line of splitLines(stdout)) {
      const m = /^\s*([a-z][a-z ]*?):\s*(.*?)\s*$/.exec(line);
      if (m) fields.set(m[1] as string, m[2] as string);
    }
    const iface = fields.get('interface');
    if (!iface || !/^[A-Za-z][A-Za-z0-9]*$/.test(iface)) return fail('no "interface:" line with an interface name');
    if (!fields.has('route to') && !fields.has('destination')) return fail('not a route(8) answer');
    const gateway = fields.get('gateway') || null;
    return ok({ interface: iface, gateway, destination: fields.get('destination') ?? null, mask: fields.get('mask') ?? null });
  });
}
