import { describe, expect, it } from 'vitest';
import { createNetworkInfo, toNetInterfaces } from '../../../electron/engine/system/network-info';

const record = (iface: string, extra: Record<string, unknown> = {}) => ({ iface, ip4: '', ip6: '', operstate: 'unknown', default: false, ...extra });

describe('network info', () => {
  it('maps systeminformation records, marking the default interface and up tunnels', async () => {
    const si = {
      networkInterfaces: async () => [
        record('en0', { ip4: '192.168.3.93', operstate: 'up', default: true }),
        record('utun0', { ip6: 'fe80::e2ac:cbff:fe76:bca6' }),
        record('utun4', { ip4: '100.11.11.11', ip6: 'fd7a:ab:cd::ef:12' }),
        record('en1', { operstate: 'down' }),
      ],
      networkInterfaceDefault: async () => 'en0',
    };
    expect(await createNetworkInfo({ si }).interfaces()).toEqual([
      { iface: 'en0', addresses: ['192.168.3.93'], isDefault: true, up: true },
      { iface: 'utun0', addresses: ['fe80::e2ac:cbff:fe76:bca6'], isDefault: false, up: true },
      { iface: 'utun4', addresses: ['100.11.11.11', 'fd7a:ab:cd::ef:12'], isDefault: false, up: true },
      { iface: 'en1', addresses: [], isDefault: false, up: false },
    ]);
  });

  it('takes the default from networkInterfaceDefault() when the record does not say', () => {
    expect(toNetInterfaces([record('utun3', { ip4: '10.8.0.2' })], 'utun3')[0]?.isDefault).toBe(true);
    expect(toNetInterfaces('garbage', '')).toEqual([]);
  });

  it('rejects at its own deadline when systeminformation hangs, and on abort', async () => {
    const si = { networkInterfaces: () => new Promise<never>(() => {}), networkInterfaceDefault: async () => '' };
    const t0 = performance.now();
    await expect(createNetworkInfo({ si, timeoutMs: 100 }).interfaces()).rejects.toThrow(/within 100 ms/);
    expect(performance.now() - t0).toBeLessThan(100 + 1000);
    const ac = new AbortController();
    const p = createNetworkInfo({ si, timeoutMs: 10_000 }).interfaces(ac.signal);
    ac.abort();
    await expect(p).rejects.toThrow(/aborted/);
  });
});
