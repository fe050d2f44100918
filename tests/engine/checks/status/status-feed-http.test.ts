/** The bounded HTTP(S) exchange shared by the status feed and the clock fallback: routes and resolvers. */
import { runCheck } from '../../../../electron/engine/types';
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clockCheck } from '../../../../electron/engine/checks/clock';
import { httpGet } from '../../../../electron/engine/probes/status-feed-http';
import { startHttpsDateServer } from '../clock/https-date-server';
import { testConfig, testContext } from '../clock/context';
import { startDnsServer } from '../../../sim/dns-server';
import { startNtpServer } from '../../../sim/ntp-server';

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

const base = { timeoutMs: 3000, maxBytes: 1 << 20, mono: () => performance.now() };

describe('httpGet routes', () => {
  it('tunnels https through a CONNECT proxy, with TLS verified end to end', async () => {
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const proxy = await startTestProxy();
    const r = await httpGet(`https://localhost:${web.port}/`, {
      ...base,
      extraCaFile: web.caFile,
      route: { kind: 'proxy', host: '127.0.0.1', port: proxy.port, source: 'config' },
    });
    expect(r).toMatchObject({ status: 200, error: null });
    expect(typeof r.headers.date).toBe('string');
    expect(proxy.seen).toEqual([`CONNECT localhost:${web.port}`]);
  });

  it('reports a proxy refusing the tunnel by its status', async () => {
    const proxy = await startTestProxy({ refuse: 407 });
    const r = await httpGet('https://localhost:9/', { ...base, route: { kind: 'proxy', host: '127.0.0.1', port: proxy.port, source: 'config' } });
    expect(r).toMatchObject({ status: null, error: 'PROXY_407' });
  });

  it('sends plain http through the proxy in absolute form', async () => {
    const proxy = await startTestProxy();
    const r = await httpGet('http://127.0.0.1:9/feed.js?x=1', { ...base, route: { kind: 'proxy', host: '127.0.0.1', port: proxy.port, source: 'env' } });
    expect(r).toMatchObject({ status: 200, error: null });
    expect(r.body.toString()).toBe('via-proxy');
    expect(proxy.seen).toEqual(['GET http://127.0.0.1:9/feed.js?x=1']);
  });

  it('rejects an untrusted certificate', async () => {
    const web = await startHttpsDateServer(0);
    closers.push(web.close);
    const r = await httpGet(`https://localhost:${web.port}/`, base);
    expect(r.status).toBeNull();
    expect(r.error).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
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
});
