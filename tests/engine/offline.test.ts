import dgram from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { hasUsableInterface } from '../../electron/engine/checks/signin-endpoints';
import { systemClock } from '../../electron/engine/deps';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import type { EngineDeps, NetInterface } from '../../electron/engine/types';
import { resolveConfig } from '../../shared/config';

/** A UDP port with nothing listening: the resolver gets ICMP port-unreachable (dns.unreachable). */
async function closedUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  const { port } = s.address();
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function deps(interfaces: NetInterface[]): EngineDeps {
  return {
    clock: systemClock,
    runner: {
      run: async () => ({
        stdout: '',
        stderr: '',
        exitCode: null,
        signal: null,
        timedOut: false,
        truncated: false,
        durationMs: 0,
        spawnError: 'not in this test',
      }),
    },
    network: { interfaces: async () => interfaces },
    env: {},
  };
}

describe('offline detection', () => {
  it('says the Mac is offline when nothing resolves and no interface has a routable address', async () => {
    const port = await closedUdpPort();
    const r = resolveConfig({ proxy: 'direct', platform: 'linux', dnsServers: [`127.0.0.1:${port}`], timeouts: { dnsMs: 500, totalMs: 2000 } });
    if (!r.ok) throw new Error(r.errors.join());
    const offline = await runDiagnosis({
      config: r.config,
      deps: deps([{ iface: 'en0', addresses: ['169.254.10.2'], isDefault: false, up: true }]),
      only: ['signin-endpoints'],
    });
    expect(offline.verdict).toMatchObject({ light: 'red', primaryCause: 'net.offline', headline: 'This Mac is offline' });

    // Same failures with Wi-Fi up: the DNS server is the problem, not the connection.
    const online = await runDiagnosis({
      config: r.config,
      deps: deps([{ iface: 'en0', addresses: ['192.168.1.20'], isDefault: true, up: true }]),
      only: ['signin-endpoints'],
    });
    expect(online.verdict.primaryCause).toBe('dns.unreachable');
  });

  it.each([
    [[], false],
    [[{ iface: 'lo0', addresses: ['127.0.0.1', '::1'], isDefault: false, up: true }], false],
    [[{ iface: 'en0', addresses: ['fe80::1', '169.254.3.4'], isDefault: false, up: true }], false],
    [[{ iface: 'en0', addresses: ['192.168.1.20'], isDefault: true, up: false }], false],
    [[{ iface: 'en0', addresses: ['192.168.1.20'], isDefault: true, up: true }], true],
    [[{ iface: 'utun3', addresses: ['2001:db8::5'], isDefault: false, up: true }], true],
  ] as [NetInterface[], boolean][])('hasUsableInterface(%j) = %s', (interfaces, expected) => {
    expect(hasUsableInterface(interfaces)).toBe(expected);
  });
});
