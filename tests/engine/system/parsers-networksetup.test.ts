/** networksetup readers the repair planner uses (real captured output in tests/fixtures/macos). */
import { describe, expect, it } from 'vitest';
import { parseNetworkServices, parseNetworksetupProxy } from '../../../electron/engine/system/parsers/networksetup';
import { fixture } from './helpers';

describe('networksetup', () => {
  it('reads proxy states, including the leftover "Server: off"', () => {
    expect(parseNetworksetupProxy(fixture('networksetup-getwebproxy.enabled-localhost.txt'))).toEqual({
      ok: true,
      value: { enabled: true, host: '127.0.0.1', port: 7890 },
    });
    expect(parseNetworksetupProxy(fixture('networksetup-getsocksfirewallproxy.enabled-localhost.txt'))).toMatchObject({ ok: true, value: { enabled: true } });
    expect(parseNetworksetupProxy(fixture('networksetup-getwebproxy.disabled-server-off.txt'))).toEqual({
      ok: true,
      value: { enabled: false, host: 'off', port: null },
    });
    expect(parseNetworksetupProxy(fixture('networksetup-getsocksfirewallproxy.disabled-empty-server.txt'))).toEqual({
      ok: true,
      value: { enabled: false, host: null, port: null },
    });
    expect(parseNetworksetupProxy('Enabled: Perhaps').ok).toBe(false);
  });

  it('reads the network services, marking disabled ones', () => {
    expect(parseNetworkServices(fixture('networksetup-listallnetworkservices.with-vpn.txt'))).toMatchObject({
      ok: true,
      value: expect.arrayContaining([{ name: 'SGB VPN', enabled: true }]),
    });
    expect(parseNetworkServices(fixture('networksetup-listallnetworkservices.basic.txt'))).toMatchObject({ ok: true, value: { length: 4 } });
  });
});
