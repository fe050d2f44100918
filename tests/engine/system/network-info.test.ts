/** Interface facts: os.networkInterfaces() plus route(8)'s default route, through the command runner only. */
import type os from 'node:os';
import { describe, expect, it } from 'vitest';
import { refuseInvocation } from '../../../electron/engine/system/command-policy';
import { createCommandRunner } from '../../../electron/engine/system/command-runner';
import { createNetworkInfo, toNetInterfaces } from '../../../electron/engine/system/network-info';
import { parseRouteGet } from '../../../electron/engine/system/parsers/route-get';
import { TOOL_DEFAULTS } from '../../../shared/config';
import { fixture, result, SHIMS, scriptedRunner } from './helpers';

const info = (address: string, family: 'IPv4' | 'IPv6' = 'IPv4', internal = false): os.NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '00:00:00:00:00:00', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) }) as os.NetworkInterfaceInfo;
/** A Mac on Wi-Fi with a VPN up (the addresses of the capture's network). */
const IFACES = {
  lo0: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
  en0: [info('10.62.96.23'), info('fe80::1c2b:3aff:fe4d:5e6f', 'IPv6')],
  utun0: [info('fe80::e2ac:cbff:fe76:bca6', 'IPv6')],
  utun3: [info('192.168.12.7')],
};
const ROUTE = 'route -n get default';
const LOW = 'route -n get 0.0.0.1';
const HIGH = 'route -n get 128.0.0.1';
/**
 * The upper /1 half of the same VPN. Only `route get 1` (the lower half) was captured; route(8)
 * prints the matched route's own destination, so the upper half differs in those two lines only.
 */
const highHalf = (): string =>
  fixture('route-get-1.via-utun-vpn-split-default.txt')
    .replace('route to: 0.0.0.1', 'route to: 128.0.0.1')
    .replace('destination: default', 'destination: 128.0.0.0');

describe('route -n get default parser (real captures)', () => {
  it('reads the default route of a Mac whose VPN split the default (0/1 + 128/1): en0 via the gateway', () => {
    expect(parseRouteGet(fixture('route-get-0.default-en0-while-vpn-up.txt'))).toEqual({
      ok: true,
      value: { interface: 'en0', gateway: '10.62.96.1', destination: 'default', mask: 'default' },
    });
  });

  it('reads a route through a tunnel interface', () => {
    expect(parseRouteGet(fixture('route-get-1.via-utun-vpn-split-default.txt'))).toMatchObject({ ok: true, value: { interface: 'utun3', mask: '128.0.0.0' } });
  });

  it('never reads garbage, an error line or a truncated answer as a route', () => {
    for (const bad of ['', 'route: writing to routing socket: not in table', 'hello world', '   route to: default\ndestination: default\n', 'interface: en0']) {
      expect(parseRouteGet(bad).ok).toBe(false);
    }
    const crlf = fixture('route-get-0.default-en0-while-vpn-up.txt').replace(/\n/g, '\r\n');
    expect(parseRouteGet(crlf)).toMatchObject({ ok: true, value: { interface: 'en0' } });
  });
});

describe('network info', () => {
  it('groups addresses per interface and marks the default route’s interface (from route(8), via the runner)', async () => {
    const runner = scriptedRunner({ [ROUTE]: fixture('route-get-1.via-utun-vpn-split-default.txt') });
    const list = await createNetworkInfo({ runner, macos: true, osInterfaces: () => IFACES }).interfaces();
    expect(runner.calls).toEqual([ROUTE, LOW, HIGH]);
    expect(list).toEqual([
      { iface: 'lo0', addresses: ['127.0.0.1', '::1'], isDefault: false, up: true },
      { iface: 'en0', addresses: ['10.62.96.23', 'fe80::1c2b:3aff:fe4d:5e6f'], isDefault: false, up: true },
      { iface: 'utun0', addresses: ['fe80::e2ac:cbff:fe76:bca6'], isDefault: false, up: true },
      { iface: 'utun3', addresses: ['192.168.12.7'], isDefault: true, up: true },
    ]);
  });

  it('a full-tunnel VPN that splits the default route (0/1 + 128/1 on utun3) is seen as carrying all traffic', async () => {
    const runner = scriptedRunner({
      [ROUTE]: fixture('route-get-0.default-en0-while-vpn-up.txt'),
      [LOW]: fixture('route-get-1.via-utun-vpn-split-default.txt'),
      [HIGH]: highHalf(),
    });
    const list = await createNetworkInfo({ runner, macos: true, osInterfaces: () => IFACES }).interfaces();
    expect(list.filter((i) => i.isDefault).map((i) => i.iface)).toEqual(['utun3']);
  });

  it('only one half through the tunnel (a split tunnel), or the halves unreadable: the default route stays en0', async () => {
    for (const halves of <Record<string, string>[]>[
      { [LOW]: fixture('route-get-1.via-utun-vpn-split-default.txt'), [HIGH]: fixture('route-get-0.default-en0-while-vpn-up.txt') },
      { [LOW]: fixture('route-get-1.via-utun-vpn-split-default.txt'), [HIGH]: 'garbage' },
      { [LOW]: fixture('route-get-0.default-en0-while-vpn-up.txt'), [HIGH]: fixture('route-get-0.default-en0-while-vpn-up.txt') },
      {},
    ]) {
      const runner = scriptedRunner({ [ROUTE]: fixture('route-get-0.default-en0-while-vpn-up.txt'), ...halves });
      const list = await createNetworkInfo({ runner, macos: true, osInterfaces: () => IFACES }).interfaces();
      expect(list.filter((i) => i.isDefault).map((i) => i.iface)).toEqual(['en0']);
    }
  });

  it('no default route at all ("not in table") marks nothing default; other failures are unknown, never "no VPN"', async () => {
    const none = scriptedRunner({ [ROUTE]: { exitCode: 1, stderr: 'route: writing to routing socket: not in table\n' } });
    expect((await createNetworkInfo({ runner: none, macos: true, osInterfaces: () => IFACES }).interfaces()).some((i) => i.isDefault)).toBe(false);
    for (const answer of [
      { stdout: 'garbage' },
      { timedOut: true, exitCode: null },
      { exitCode: null, spawnError: 'ENOENT' },
      { exitCode: 1, stderr: 'route: bad address' },
    ]) {
      const runner = scriptedRunner({ [ROUTE]: answer });
      await expect(createNetworkInfo({ runner, macos: true, osInterfaces: () => IFACES }).interfaces()).rejects.toThrow(/route/);
    }
  });

  it('off macOS runs nothing at all', async () => {
    const runner = scriptedRunner({});
    const list = await createNetworkInfo({ runner, macos: false, osInterfaces: () => IFACES }).interfaces();
    expect(runner.calls).toEqual([]);
    expect(list.map((i) => i.iface)).toEqual(['lo0', 'en0', 'utun0', 'utun3']);
  });

  it('passes the caller’s signal to the runner, and an aborted call rejects', async () => {
    let seen: AbortSignal | undefined;
    const runner = {
      run: async (_t: string, _a: readonly string[], o: { signal?: AbortSignal }) => {
        seen = o.signal;
        return result({ stdout: fixture('route-get-0.default-en0-while-vpn-up.txt') });
      },
    };
    const ac = new AbortController();
    await createNetworkInfo({ runner, macos: true, osInterfaces: () => IFACES }).interfaces(ac.signal);
    expect(seen).toBe(ac.signal);
    ac.abort();
    await expect(createNetworkInfo({ runner, macos: true }).interfaces(ac.signal)).rejects.toThrow(/aborted/);
  });

  it('runs the real /sbin/route stand-in through the real command runner (absolute path, no shell)', async () => {
    const runner = createCommandRunner({ toolPaths: { ...TOOL_DEFAULTS, route: `${SHIMS}/route` } });
    const list = await createNetworkInfo({ runner, macos: true, osInterfaces: () => IFACES }).interfaces();
    expect(list.find((i) => i.isDefault)?.iface).toBe('en0');
  });

  it('the policy allows route(8) only to read the default route', () => {
    expect(refuseInvocation('route', ['-n', 'get', 'default'])).toBeNull();
    for (const args of [
      ['add', 'default', '10.0.0.1'],
      ['-n', 'flush'],
      ['-n', 'get', 'default', 'x'],
      ['get', 'default'],
    ]) {
      expect(refuseInvocation('route', args)).not.toBeNull();
    }
  });

  it('tolerates odd records', () => {
    expect(toNetInterfaces({ en0: undefined, en1: [] }, 'en1')).toEqual([{ iface: 'en1', addresses: [], isDefault: true, up: true }]);
  });
});
