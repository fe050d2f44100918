/**
 * The manual checklist, timed with the tools a person (or an IT admin's runbook) would type, one
 * after another, each as its own process: `dig` for every name the diagnosis resolves (against
 * the configured resolver, the endpoints against the comparison resolver too), `curl` for every
 * sign-in endpoint, the captive page and the status feed, `nc -z` for every APNs port, and one
 * SNTP query. No product code is involved: this is the independent reference the CLI's speed-up
 * is measured against (the engine running its own probes one after another would measure the
 * engine against itself). Every step talks to the simulator on 127.0.0.1 only.
 *
 * Conservative where a tool is missing here: without `dig` or `nc` the same query or connect is
 * timed inside this process (no process start counted), and the SNTP query is always timed in
 * process, because `sntp`/`ntpdig` cannot be pointed at the simulated server's port.
 */
import { execFile, spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
import type { Config } from '../../shared/config';

/** Total wall time of the checklist, and which steps had to be timed in process. */
export interface ManualChecklist {
  ms: number;
  steps: number;
  inProcess: string[];
}

const has = (tool: string): boolean => spawnSync(tool, ['-h'], { stdio: 'ignore' }).error === undefined;

/** Wall time of one process, spawn → exit. A failing step is an error: the sim must be healthy. */
function proc(cmd: string, args: string[]): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 10_000 }, (err) => (err ? reject(new Error(`${cmd} ${args.join(' ')}: ${err.message}`)) : resolve(performance.now() - t0)));
  });
}

async function timedInProcess(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

const hostPort = (s: string): [string, string] => {
  const i = s.lastIndexOf(':');
  return i > 0 ? [s.slice(0, i), s.slice(i + 1)] : [s, '53'];
};

/** `dig @server -p port name A name AAAA`: both record types the diagnosis asks for. */
function lookup(server: string, name: string, withDig: boolean): Promise<number> {
  const [addr, port] = hostPort(server);
  if (withDig) return proc('dig', [`@${addr}`, '-p', port, '+short', '+tries=1', '+time=5', name, 'A', name, 'AAAA']);
  const r = new dns.promises.Resolver({ timeout: 5000, tries: 1 });
  r.setServers([server]);
  return timedInProcess(async () => {
    await r.resolve4(name);
    await r.resolve6(name).catch(() => []);
  });
}

/** One SNTP (mode 3) request and its answer (RFC 4330 §4), in process. */
function sntp(server: string): Promise<number> {
  const [addr, port] = hostPort(server);
  return timedInProcess(
    () =>
      new Promise<void>((resolve, reject) => {
        const sock = dgram.createSocket('udp4');
        const req = Buffer.alloc(48);
        req[0] = 0x1b; // LI 0, version 3, mode 3 (client)
        const timer = setTimeout(() => {
          sock.close();
          reject(new Error('sntp: no answer'));
        }, 5000);
        sock.once('message', () => {
          clearTimeout(timer);
          sock.close();
          resolve();
        });
        sock.send(req, Number(port), addr);
      }),
  );
}

function tcpConnect(port: number): Promise<number> {
  return timedInProcess(
    () =>
      new Promise<void>((resolve, reject) => {
        const s = net.connect(port, '127.0.0.1', () => {
          s.destroy();
          resolve();
        });
        s.once('error', reject);
      }),
  );
}

/** Run the checklist once against the simulated network `config` describes. */
export async function manualChecklist(config: Config): Promise<ManualChecklist> {
  const withDig = has('dig');
  const withNc = has('nc');
  const inProcess = ['sntp', ...(withDig ? [] : ['dig']), ...(withNc ? [] : ['nc'])];
  const ca = config.extraCaFile as string;
  const times: number[] = [];
  const captive = new URL(config.captiveUrl);
  // The names the diagnosis resolves: every endpoint against both resolvers
  // (electron/engine/checks/dns.ts), the APNs and captive hosts against the configured one.
  const [system] = config.dnsServers;
  const [comparison] = config.comparisonDnsServers;
  for (const name of [...config.endpoints.map((e) => e.host), config.push.host, captive.hostname]) {
    if (system) times.push(await lookup(system, name, withDig));
  }
  for (const ep of config.endpoints) if (comparison) times.push(await lookup(comparison, ep.host, withDig));
  for (const ep of config.endpoints) {
    const url = `https://${ep.host}:${ep.port}${ep.path}`;
    times.push(await proc('curl', ['-sS', '-o', '/dev/null', '--max-time', '10', '--resolve', `${ep.host}:${ep.port}:127.0.0.1`, '--cacert', ca, url]));
  }
  for (const port of config.push.ports) times.push(withNc ? await proc('nc', ['-z', '-w', '5', '127.0.0.1', String(port)]) : await tcpConnect(port));
  const cport = captive.port || '80';
  times.push(await proc('curl', ['-sS', '-o', '/dev/null', '--max-time', '10', '--resolve', `${captive.hostname}:${cport}:127.0.0.1`, config.captiveUrl]));
  times.push(await proc('curl', ['-sS', '-o', '/dev/null', '--max-time', '10', config.statusFeedUrl]));
  for (const server of config.ntpServers.slice(0, 1)) times.push(await sntp(server));
  return { ms: times.reduce((a, b) => a + b, 0), steps: times.length, inProcess };
}
