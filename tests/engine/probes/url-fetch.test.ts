/**
 * The one network layer's URL fetch (captive page, status feed, clock `Date` fallback): routes,
 * trust store and resolvers, with failures in the cause vocabulary.
 */

import { readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clockCheck } from '../../../electron/engine/checks/clock';
import { builtInRoots, probeEnv } from '../../../electron/engine/probes/probe-env';
import { fetchUrl } from '../../../electron/engine/probes/url-fetch';
import { runCheck } from '../../../electron/engine/types';
import type { Config } from '../../../shared/config';
import { startDnsServer } from '../../sim/dns-server';
import { startNtpServer } from '../../sim/ntp-server';
import { testConfig, testContext } from '../checks/clock/context';
import { startHttpsDateServer } from '../checks/clock/https-date-server';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

/** A minimal HTTP proxy on 127.0.0.1: CONNECT is dialled on 127.0.0.1 only; other requests get a canned answer. */
async function startTestProxy(opts: { refuse?: number } = {}) {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.end('via-proxy');
  });
  server.on('connect', (req, client: net.Socket) => {
    seen.push(`CONNECT ${req.url}`);
    sockets.add(client);
    if (opts.refuse) return void client.end(`HTTP/1.1 ${opts.refuse} No\r\nContent-Length: 0\r\n\r\n`);
    const port = Number(String(req.url).split(':').pop());
    const upstream = net.connect(port, '127.0.0.1', () => {
      sockets.add(upstream);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  closers.push(async () => {
    for (const s of sockets) s.destroy();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  return { port, seen };
}

async function envOf(input: Parameters<typeof testConfig>[0] = {}) {
  const config: Config = testConfig({ timeouts: { dnsMs: 1000, tcpMs: 1000, tlsMs: 1000, httpMs: 2000 }, ...input });
  const r = await probeEnv(testContext(config));
  if (!r.ok) throw new Error(r.message);
  return r.env;
}
const base = { capBytes: 1 << 20, keepBody: true, judgeIssuer: false };
const viaProxy = (port: number, source: 'config' | 'env' = 'config') => ({ kind: 'proxy' as const, host: '127.0.0.1', port, source });

describe('fetchUrl routes', () => {
  it('tunnels https through a CONNECT proxy, with TLS verified end to end', async () => {
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const proxy = await startTestProxy();
    const r = await fetchUrl(`https://localhost:${web.port}/`, await envOf({ extraCaFile: web.caFile }), { ...base, route: viaProxy(proxy.port) });
    expect(r).toMatchObject({ status: 200, failure: null });
    expect(r.phases.tls?.authorized).toBe(true);
    expect(typeof r.phases.http?.date).toBe('string');
    expect(proxy.seen).toEqual([`CONNECT localhost:${web.port}`]);
  });

  it('reports a proxy refusing the tunnel by its status', async () => {
    const proxy = await startTestProxy({ refuse: 407 });
    const r = await fetchUrl('https://localhost:9/', await envOf(), { ...base, route: viaProxy(proxy.port) });
    expect(r).toMatchObject({ status: null, failure: { phase: 'proxy', cause: 'proxy.auth_required', code: '407' } });
  });

  it('sends plain http through the proxy in absolute form', async () => {
    const proxy = await startTestProxy();
    const r = await fetchUrl('http://127.0.0.1:9/feed.js?x=1', await envOf(), { ...base, route: viaProxy(proxy.port, 'env') });
    expect(r).toMatchObject({ status: 200, failure: null, body: 'via-proxy' });
    expect(proxy.seen).toEqual(['GET http://127.0.0.1:9/feed.js?x=1']);
  });

  it('rejects an untrusted certificate', async () => {
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const r = await fetchUrl(`https://127.0.0.1:${web.port}/`, await envOf(), base);
    expect(r.status).toBeNull();
    expect(r.failure).toMatchObject({ phase: 'tls', cause: 'tls.untrusted' });
    expect(r.failure?.code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
  });

  it('a verified chain from a non-Apple issuer is interception unless the caller only needs the content', async () => {
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const env = await envOf({ extraCaFile: web.caFile });
    const judged = await fetchUrl(`https://localhost:${web.port}/`, env, { capBytes: 1024 });
    expect(judged.failure).toMatchObject({ phase: 'tls', cause: 'tls.intercepted' });
    expect((await fetchUrl(`https://localhost:${web.port}/`, env, base)).failure).toBeNull();
  });

  it('reports a body over the cap without reading it all', async () => {
    const proxy = await startTestProxy();
    const r = await fetchUrl('http://127.0.0.1:9/feed.js', await envOf(), { ...base, capBytes: 4, route: viaProxy(proxy.port) });
    expect(r).toMatchObject({ status: 200, overCap: true, complete: false, body: '' });
  });

  it('builds one trust store per extra CA, and without one shares a single context on Node’s own roots', async () => {
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const a = await envOf({ extraCaFile: web.caFile });
    const b = await envOf({ extraCaFile: web.caFile });
    expect(a.secureContext).not.toBeNull();
    expect(b.secureContext).toBe(a.secureContext);
    const plain = (await envOf()).secureContext;
    expect(plain).toBe(builtInRoots());
    expect((await envOf()).secureContext).toBe(plain);
    expect(plain).not.toBe(a.secureContext);
    // Node's roots only: the test CA's server does not verify under it (loopback is a bogon, so
    // the failure itself is put on DNS; the handshake is what did not verify).
    const r = await fetchUrl(`https://localhost:${web.port}/`, await envOf(), base);
    expect(r.phases.tls).toMatchObject({ authorized: false });
    expect(r.failure).not.toBeNull();
    expect((await readFile(web.caFile, 'utf8')).length).toBeGreaterThan(0);
  });
});

describe('configured resolvers', () => {
  it('the clock fallback resolves the Apple host through config.dnsServers, never the system resolver', async () => {
    const dns = await startDnsServer();
    closers.push(() => dns.close());
    const ntp = await startNtpServer({ fault: 'blackhole' });
    closers.push(() => ntp.close());
    const web = await startHttpsDateServer(-120_000);
    closers.push(web.close);
    const config = testConfig({
      ntpServers: [ntp.hostPort],
      endpoints: [{ id: 'appleid', host: 'appleid.apple.com', port: web.port, path: '/' }],
      dnsServers: [dns.hostPort],
      extraCaFile: web.caFile,
      timeouts: { ntpMs: 300 },
    });
    const o = await runCheck(clockCheck, testContext(config));
    expect(dns.queries.map((q) => q.name)).toContain('appleid.apple.com');
    expect(o).toMatchObject({ status: 'warn', cause: 'clock.skew', data: { source: 'http-date' } });
    expect(o.summary).toContain('2 min 0 s ahead');
  });

  it('the clock check resolves NTP host names through config.dnsServers', async () => {
    const dns = await startDnsServer();
    closers.push(() => dns.close());
    const ntp = await startNtpServer({ offsetMs: 600_000 });
    closers.push(() => ntp.close());
    const config = testConfig({ ntpServers: [`time.apple.com:${ntp.port}`], dnsServers: [dns.hostPort], timeouts: { ntpMs: 2000 } });
    const o = await runCheck(clockCheck, testContext(config));
    expect(dns.queries.map((q) => q.name)).toContain('time.apple.com');
    expect(o).toMatchObject({ status: 'fail', cause: 'clock.skew', data: { source: 'sntp' } });
  });

  it('a black-holed configured resolver ends the NTP query at its deadline, with DNS named as the reason', async () => {
    const dns = await startDnsServer();
    dns.setFault('*', 'blackhole');
    closers.push(() => dns.close());
    // The default endpoint is a closed port on 127.0.0.1, so the HTTP Date fallback fails at once.
    const config = testConfig({ ntpServers: ['time.apple.com:123'], dnsServers: [dns.hostPort], timeouts: { ntpMs: 300 } });
    const t0 = performance.now();
    const o = await runCheck(clockCheck, testContext(config));
    expect(performance.now() - t0).toBeLessThan(1500);
    expect(o).toMatchObject({ status: 'warn', cause: 'clock.unverifiable' });
    expect(o.data.attempts?.[0]).toMatchObject({ server: 'time.apple.com:123', outcome: 'DNS_TIMEOUT' });
  });
});

describe('httpGet releases its socket on every exit', () => {
  it('a path Node refuses (space, CR/LF) fails as http.unexpected and the socket is destroyed', async () => {
    const { PassThrough } = await import('node:stream');
    const { httpGet } = await import('../../../electron/engine/probes/http-exchange');
    for (const path of ['/a b', '/x\r\nHost: evil']) {
      const socket = new PassThrough();
      const r = await httpGet(socket, {
        host: 'h',
        port: 443,
        defaultPort: 443,
        path,
        timeoutMs: 1000,
        signal: new AbortController().signal,
        mono: () => performance.now(),
      });
      expect(r.failure).toMatchObject({ phase: 'http', cause: 'http.unexpected' });
      expect(socket.destroyed).toBe(true);
    }
  });
});
