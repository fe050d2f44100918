/**
 * `vpn`: VPN services from `scutil --nc list`, tunnel interfaces with an address, and whether the
 * default route goes through a tunnel (os.networkInterfaces() and route(8)). A connected VPN or a default route via
 * a tunnel is a warning: it can carry Apple traffic through a network that blocks it.
 *
 * Limits: VPNs built on Network Extension (WireGuard, Tailscale, many IKEv2 profiles) may be
 * missing from `scutil --nc list` (trailofbits/algo#226, mrodalgaard/alfred-network-workflow#19,
 * https://blog.timac.org/2018/0719-vpnstatus/), which is why tunnels are read too. A full-tunnel VPN
 * that installs 0/1 + 128/1 routes keeps the "default" route on en0 (`route get` samples in
 * https://github.com/dylanaraps/neofetch/pull/2361); the network info asks route(8) for both
 * halves too and marks that tunnel as the default (electron/engine/system/network-info.ts), so it
 * is reported as carrying Apple's traffic. A split tunnel that routes only some ranges is not.
 */

import type { VpnData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { isRoutableAddress } from '../system/network-info';
import { type NcService, parseNcList } from '../system/parsers/scutil-nc';
import type { CheckDefinition, NetInterface } from '../types';
import { msg, say } from './say';

/** `scutil --nc list` and the interfaces (null when they could not be read: "unknown"). */
export interface VpnEvidence {
  list: ToolRead<NcService[]>;
  ifaces: NetInterface[] | null;
}

/** Tunnel-like interface names on macOS (utun = Network Extension/WireGuard/IKEv2, ppp/ipsec = built-in VPNs). */
const TUNNEL = /^(utun|ipsec|ppp|tun|tap|wg)\d*$/;

export const vpnCheck: CheckDefinition<'vpn', VpnEvidence> = {
  id: 'vpn',
  kind: 'macos',
  async measure(ctx) {
    const [list, ifaces] = await Promise.all([
      readTool(ctx, 'scutil', ['--nc', 'list'], (r) => parseNcList(r.stdout)),
      // Unreadable interfaces mean "unknown", never a failed check.
      Promise.resolve()
        .then(() => ctx.deps.network.interfaces(ctx.signal))
        .catch(() => null),
    ]);
    return { list, ifaces };
  },
  judge({ list, ifaces }) {
    const services = list.ok ? list.value.map(({ name, type, state }) => ({ name, type, state })) : [];
    const tunnels = ifaces === null ? [] : tunnelsOf(ifaces);
    const data: VpnData = {
      services,
      active: services.filter((s) => s.state === 'Connected').map((s) => s.name),
      tunnels,
      defaultRouteViaTunnel: ifaces === null ? null : defaultViaTunnel(ifaces),
    };
    if (data.defaultRouteViaTunnel) {
      const via = ifaces?.find((i) => i.isDefault)?.iface;
      return {
        status: 'warn',
        cause: 'vpn.default_route',
        ...say(via ? 'checks.vpn.default_route' : 'checks.vpn.default_route_unknown', { iface: via ?? '' }, [
          list.ok ? null : msg('checks.vpn.list_failed', { failure: list.failure.message }),
        ]),
        data,
      };
    }
    if (!list.ok) return { status: 'error', cause: list.failure.cause, summary: list.failure.summary, message: list.failure.message, data };
    if (data.active.length > 0) {
      return { status: 'warn', cause: 'vpn.active', ...say('checks.vpn.connected', { names: { list: data.active, type: 'unit' } }), data };
    }
    const tunnelNote = tunnels.length > 0 ? msg('checks.vpn.tunnels', { ifaces: { list: tunnels.map((t) => t.iface), type: 'unit' } }) : null;
    const unknownRoute = ifaces === null ? msg('checks.vpn.interfaces_unknown') : null;
    return { status: 'pass', cause: null, ...say('checks.vpn.none', undefined, [tunnelNote, unknownRoute]), data };
  },
};

/** Up tunnels with at least one routable (non-link-local) address: macOS keeps idle utun0–3 with only fe80::. */
function tunnelsOf(ifaces: NetInterface[]): VpnData['tunnels'] {
  return ifaces
    .filter((i) => TUNNEL.test(i.iface) && i.up)
    .map((i) => ({ iface: i.iface, addresses: i.addresses.filter(isRoutableAddress) }))
    .filter((t) => t.addresses.length > 0);
}

function defaultViaTunnel(ifaces: NetInterface[]): boolean | null {
  const def = ifaces.find((i) => i.isDefault);
  return def ? TUNNEL.test(def.iface) : null;
}
