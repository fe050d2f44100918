/** proxy, vpn and dns-config checks on real samples through a scripted runner. */

import { describe, expect, it } from 'vitest';
import { dnsConfigCheck } from '../../../electron/engine/checks/dns-config';
import { proxyCheck } from '../../../electron/engine/checks/proxy';
import { vpnCheck } from '../../../electron/engine/checks/vpn';
import { runCheck } from '../../../electron/engine/types';
import { fixture, makeCtx, scriptedRunner } from './helpers';

describe('proxy check', () => {
  it('passes with no proxy and records the defaults and the environment (credentials redacted)', async () => {
    const ctx = makeCtx({
      runner: scriptedRunner({ 'scutil --proxy': fixture('scutil-proxy.no-proxy-default.txt') }),
      env: { http_proxy: 'http://bob:hunter2@10.0.0.1:3128' },
    });
    const o = await runCheck(proxyCheck, ctx);
    expect(o).toMatchObject({ status: 'pass', cause: null, summary: expect.stringMatching(/No proxy is set/) });
    expect(o.data).toMatchObject({
      exceptions: ['*.local', '169.254/16'],
      route: { kind: 'direct' },
      env: { httpProxy: 'http://[credentials]@10.0.0.1:3128', httpsProxy: null },
    });
    expect(JSON.stringify(o)).not.toContain('hunter2');
  });

  it('a configured HTTPS proxy is reported, not judged: the sign-in probes give the verdict', async () => {
    const ctx = makeCtx({ runner: scriptedRunner({ 'scutil --proxy': fixture('scutil-proxy.http-https-socks-comma-exceptions.flattened-as-found.txt') }) });
    const o = await runCheck(proxyCheck, ctx);
    expect(o.status).toBe('pass');
    expect(o.summary).toMatch(/through the proxy 127\.0\.0\.1:7890/);
    expect(o.summary).toMatch(/SOCKS/);
    expect(o.data.route).toEqual({ kind: 'proxy', host: '127.0.0.1', port: 7890, source: 'system' });
  });

  it('a PAC URL the CLI cannot evaluate → warn proxy.pac_unavailable', async () => {
    const runner = scriptedRunner({ 'scutil --proxy': fixture('scutil-proxy.pac-url.txt') });
    const ctx = makeCtx({ runner });
    const o = await runCheck(proxyCheck, ctx);
    expect(o).toMatchObject({ status: 'warn', cause: 'proxy.pac_unavailable' });
    expect(o.data.pac).toEqual({ enabled: true, url: 'http://wpad.company.com/wpad.dat' });
    // The router and the check shared one scutil run.
    expect(runner.calls).toEqual(['scutil --proxy']);
  });

  it('scutil garbage → error cmd.unparseable, env and route still reported', async () => {
    const ctx = makeCtx({ runner: scriptedRunner({ 'scutil --proxy': 'Segmentation fault\n' }), env: { HTTPS_PROXY: 'http://10.9.9.9:8080' } });
    const o = await runCheck(proxyCheck, ctx);
    expect(o).toMatchObject({ status: 'error', cause: 'cmd.unparseable' });
    expect(o.data.route).toEqual({ kind: 'proxy', host: '10.9.9.9', port: 8080, source: 'env' });
  });
});

describe('vpn check', () => {
  const en0 = { iface: 'en0', addresses: ['192.168.3.93'], isDefault: true, up: true };
  const idleUtun = { iface: 'utun0', addresses: ['fe80::e2ac:cbff:fe76:bca6'], isDefault: false, up: true };

  it('passes with a disconnected VPN and only idle tunnels', async () => {
    const ctx = makeCtx({ runner: scriptedRunner({ 'scutil --nc list': fixture('scutil-nc-list.l2tp-disconnected.txt') }), interfaces: [en0, idleUtun] });
    const o = await runCheck(vpnCheck, ctx);
    expect(o).toMatchObject({
      status: 'pass',
      data: { services: [{ name: 'My VPN', type: 'PPP:L2TP', state: 'Disconnected' }], active: [], tunnels: [], defaultRouteViaTunnel: false },
    });
  });

  it('a connected VPN → warn vpn.active', async () => {
    const connected = fixture('scutil-nc-list.l2tp-disconnected.txt').replace('(Disconnected)', '(Connected)   ');
    const ctx = makeCtx({
      runner: scriptedRunner({ 'scutil --nc list': connected }),
      interfaces: [en0, { iface: 'ppp0', addresses: ['10.8.0.2'], isDefault: false, up: true }],
    });
    const o = await runCheck(vpnCheck, ctx);
    expect(o).toMatchObject({ status: 'warn', cause: 'vpn.active', data: { active: ['My VPN'], tunnels: [{ iface: 'ppp0', addresses: ['10.8.0.2'] }] } });
  });

  it('default route through a tunnel → warn vpn.default_route, even when scutil lists nothing', async () => {
    const ctx = makeCtx({
      runner: scriptedRunner({ 'scutil --nc list': fixture('scutil-nc-list.empty.txt') }),
      interfaces: [
        { ...en0, isDefault: false },
        { iface: 'utun4', addresses: ['100.11.11.11'], isDefault: true, up: true },
      ],
    });
    expect(await runCheck(vpnCheck, ctx)).toMatchObject({ status: 'warn', cause: 'vpn.default_route', data: { defaultRouteViaTunnel: true } });
  });

  it('a hanging scutil → error cmd.timeout; unreadable interfaces → route unknown', async () => {
    const ctx = makeCtx({
      runner: scriptedRunner({ 'scutil --nc list': { timedOut: true, exitCode: null, signal: 'SIGKILL', durationMs: 3000 } }),
      interfaces: new Error('si failed'),
    });
    expect(await runCheck(vpnCheck, ctx)).toMatchObject({ status: 'error', cause: 'cmd.timeout', data: { defaultRouteViaTunnel: null } });
  });
});

describe('dns-config check', () => {
  it('passes on split DNS for other domains', async () => {
    const ctx = makeCtx({ runner: scriptedRunner({ 'scutil --dns': fixture('scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt') }) });
    const o = await runCheck(dnsConfigCheck, ctx);
    expect(o).toMatchObject({ status: 'pass', data: { appleCapturedBy: [] } });
    expect(o.data.resolvers).toHaveLength(4);
  });

  it('a supplemental resolver for apple.com → warn dns.split_captures_apple', async () => {
    const text = fixture('scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt').replace('domain   : sandbox.example.com', 'domain   : apple.com');
    const o = await runCheck(dnsConfigCheck, makeCtx({ runner: scriptedRunner({ 'scutil --dns': text }) }));
    expect(o).toMatchObject({
      status: 'warn',
      cause: 'dns.split_captures_apple',
      data: { appleCapturedBy: [{ domain: 'apple.com', nameservers: ['10.8.0.1', '10.8.0.2'] }] },
    });
  });

  it('a split domain covering a configured sign-in host counts too', async () => {
    const text = fixture('scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt').replace('domain   : dev.example.com', 'domain   : example.com');
    const ctx = makeCtx({ runner: scriptedRunner({ 'scutil --dns': text }), config: { endpoints: [{ id: 'sim', host: 'idmsa.example.com' }] } });
    expect(await runCheck(dnsConfigCheck, ctx)).toMatchObject({ status: 'warn', cause: 'dns.split_captures_apple' });
  });

  it('missing scutil → error cmd.missing', async () => {
    expect(await runCheck(dnsConfigCheck, makeCtx())).toMatchObject({ status: 'error', cause: 'cmd.missing' });
  });
});
