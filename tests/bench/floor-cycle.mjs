#!/usr/bin/env node
/**
 * The independent reference for "monitor: CPU per healthy cycle": the same network operations as
 * one healthy diagnosis on the bench's sim network, done by a raw Node client with no product
 * code — c-ares A+AAAA lookups for each host the checks resolve, the sign-in endpoint's TCP + TLS
 * (verified against the sim CA) + one HTTP/1.1 GET, TCP connects to both APNs ports, plain GETs of
 * the captive page and the status feed, one 48-byte SNTP exchange. Run as its own plain `node`
 * process (no tsx); prints one JSON line: CPU ms per cycle with full TLS handshakes, with the
 * TLS session resumed (what the product does between monitor runs), and, resumed, for the
 * operations of a full run that carries the clock and the captive portal forward (no captive
 * page, no SNTP) and of a monitor cycle between full runs, which also carries the status feed
 * and asks only the primary push port (electron/service/monitor/cycle-scope.ts): no captive page,
 * no status feed, no SNTP, one APNs port.
 * Usage: node tests/bench/floor-cycle.mjs <sim-config.json> [cycles]
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const cycles = Number(process.argv[3] ?? 2000);
const ca = tls.createSecureContext({ ca: [...tls.rootCertificates, readFileSync(config.extraCaFile, 'utf8')] });
const [dnsHost, dnsPort] = config.dnsServers[0].split(':');
const ep = config.endpoints[0];

async function lookup(host) {
  const r = new dns.promises.Resolver({ timeout: 2000, tries: 1 });
  r.setServers([`${dnsHost}:${dnsPort}`]);
  const [a] = await Promise.allSettled([r.resolve4(host), r.resolve6(host)]);
  return a.status === 'fulfilled' ? a.value[0] : '127.0.0.1';
}

/** Send `request` on `socket` once connected, resolve when the server has closed or answered in full. */
function exchange(socket, request, connectEvent) {
  return new Promise((resolve, reject) => {
    socket.once(connectEvent, () => socket.write(request));
    socket.on('data', () => {});
    socket.on('end', () => socket.destroy());
    socket.on('close', resolve);
    socket.on('error', reject);
  });
}

const get = (host, path) => `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`;
let session;

async function signin() {
  const address = await lookup(ep.host);
  const s = tls.connect({ host: address, port: ep.port, servername: ep.host, secureContext: ca, ALPNProtocols: ['http/1.1'], session });
  if (resume) s.once('session', (b) => (session = b));
  await exchange(s, get(ep.host, ep.path), 'secureConnect');
}

async function push(ports = config.push.ports) {
  const address = await lookup(config.push.host);
  await Promise.all(
    ports.map(
      (port) =>
        new Promise((resolve) => {
          const s = net.connect(port, address, () => s.destroy());
          s.on('close', resolve);
          s.on('error', () => {});
        }),
    ),
  );
}

async function plainGet(url) {
  const u = new URL(url);
  const address = net.isIP(u.hostname) ? u.hostname : await lookup(u.hostname);
  await exchange(net.connect(Number(u.port), address), get(u.host, `${u.pathname}${u.search}`), 'connect');
}

function sntp() {
  const [host, port] = config.ntpServers[0].split(':');
  return new Promise((resolve) => {
    const sock = dgram.createSocket('udp4');
    const packet = Buffer.alloc(48);
    packet[0] = 0x23; // LI 0, version 4, mode 3 (client), RFC 4330 §4
    sock.once('message', () => sock.close(resolve));
    sock.send(packet, Number(port), host);
  });
}

const full = () => Promise.all([signin(), push(), plainGet(config.captiveUrl), plainGet(config.statusFeedUrl), sntp()]);
const fullCarrying = () => Promise.all([signin(), push(), plainGet(config.statusFeedUrl)]);
const steady = () => Promise.all([signin(), push(config.push.ports.slice(0, 1))]);

let resume = false;
let cycle = full;
async function measure() {
  for (let i = 0; i < 200; i++) await cycle();
  const c0 = process.cpuUsage();
  for (let i = 0; i < cycles; i++) await cycle();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / cycles;
}

const fullMs = await measure();
resume = true;
const resumedMs = await measure();
cycle = fullCarrying;
const fullCarryMs = await measure();
cycle = steady;
const steadyMs = await measure();
console.log(JSON.stringify({ fullMs, resumedMs, fullCarryMs, steadyMs, cycles }));
