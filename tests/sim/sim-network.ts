/**
 * The simulated Apple network: everything the network checks talk to, on 127.0.0.1, with fault
 * switches. The returned config keeps the REAL Apple hostnames (appleid.apple.com, …) and points
 * `dnsServers` at the sim resolver, so TLS verifies the real names against the test CA
 * (`extraCaFile`); endpoint/push/captive ports are the sim servers' ports.
 *
 * Usage:
 *   const sim = await startSimNetwork();
 *   const cfg = resolveConfig(sim.config);             // healthy → green
 *   sim.faults.dns.setFault('*', 'nxdomain');          // red
 *   await sim.faults.scenario('healthy');              // back to green
 *   await sim.close();
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultSntpEtiquette } from '../../electron/engine/probes/sntp-etiquette';
import type { ConfigInput } from '../../shared/config';
import { type CaptiveFault, type CaptiveServer, type PushMode, type PushServer, startCaptiveServer, startPushServer } from './aux-servers';
import { getTestPki, SIM_HOSTS } from './certs';
import { type DnsServerHandle, startDnsServer } from './dns-server';
import { type EndpointFault, type EndpointServer, startEndpointServer } from './endpoint-server';
import { type NtpFault, startNtpServer } from './ntp-server';
import { type ProxyFault, type ProxyServer, startProxyServer } from './proxy-server';
import { SIM_SCENARIOS, type SimScenario } from './scenarios';
import { type FeedFault, HEALTHY_FEED, startStatusFeedServer } from './status-feed-server';
import { type ConnectionTimeline, createTimelineRecorder } from './timeline';

export type { CaptiveFault, EndpointFault, FeedFault, NtpFault, ProxyFault, PushMode, SimScenario };
export { SIM_SCENARIOS };

export interface SimNetworkOptions {
  /** Injected latency per packet exchange (DNS reply, TLS/HTTP exchanges), ms. Default 0. */
  latencyMs?: number;
  /** How many of the four sign-in endpoints to configure (1–4). Default 4. */
  endpoints?: number;
  /** Start a comparison resolver and put it in `comparisonDnsServers`. Default true. */
  comparisonDns?: boolean;
  /** Route the sign-in probes through the sim CONNECT proxy (`config.proxy`). Default false (direct). */
  viaProxy?: boolean;
  /**
   * The A record both resolvers answer by default (default "127.0.0.1", which verifies TLS and so
   * is not blamed as a bogon). Fault tests use a public stand-in address instead, mapped onto
   * 127.0.0.1 by a test-side dial guard, so a failing connection is not blamed on the bogon
   * answer (OONI's rule: a bogon whose connection fails IS the cause).
   */
  answerAddress?: string;
  /** Per-phase timeouts override (defaults: the product defaults). */
  timeouts?: ConfigInput['timeouts'];
}

type NtpHandle = Awaited<ReturnType<typeof startNtpServer>>;
type FeedHandle = Awaited<ReturnType<typeof startStatusFeedServer>>;

/** The fault switches. Every setter is safe to call at any time; `scenario('healthy')` resets all. */
export interface SimFaults {
  /** The system resolver (`config.dnsServers`): setFault(name | '*', fault), setAnswer, setDown, setDelay. */
  dns: DnsServerHandle;
  /** The comparison resolver (`config.comparisonDnsServers`), null when disabled. */
  comparisonDns: DnsServerHandle | null;
  /** Set one endpoint's behaviour by id ('appleid', 'idmsa', 'gsa', 'appleid-cdn') or '*' for all. */
  endpoint(id: string, fault: EndpointFault): Promise<void>;
  /** APNs ports: 'primary' stands for 5223, 'fallback' for 443. */
  push(port: 'primary' | 'fallback', mode: PushMode): Promise<void>;
  captive(fault: CaptiveFault): Promise<void>;
  proxy(fault: ProxyFault): Promise<void>;
  ntp(fault: NtpFault, offsetMs?: number): void;
  statusFeed(fault: FeedFault, body?: string): void;
  /** Apply a named scenario (after resetting everything to healthy). */
  scenario(name: SimScenario): Promise<void>;
}

export interface SimNetwork {
  /** Config for `resolveConfig`: real hostnames, sim resolver, test CA, sim ports, proxy direct. */
  config: ConfigInput;
  /** Trusted PEM bundle (sim root + "managed" interception root) and its file (`extraCaFile`). */
  caPem: string;
  caFile: string;
  faults: SimFaults;
  /** Server handles and ports, for tests that need more than the switches. */
  servers: {
    dns: DnsServerHandle;
    comparisonDns: DnsServerHandle | null;
    endpoints: Record<string, EndpointServer>;
    /** Presents a valid-looking certificate for another name (a "wrong but routable" server, fault D10). */
    impostor: EndpointServer;
    push: PushServer;
    captive: CaptiveServer;
    proxy: ProxyServer;
    ntp: NtpHandle;
    statusFeed: FeedHandle;
  };
  /**
   * What the servers saw, on this process's `performance.now()` clock: each sign-in endpoint
   * connection's timeline and each query of the system resolver (`config.dnsServers`).
   */
  timelines(): SimTimelines;
  /** Forget the recorded timelines (before a measured run). */
  clearTimelines(): void;
  /** Change the injected latency everywhere (DNS, endpoints, captive). */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

/** Server-side timestamps of the sign-in endpoints and of the system resolver (see ./timeline.ts). */
export interface SimTimelines {
  connections: ConnectionTimeline[];
  dnsQueries: DnsServerHandle['queries'];
}

const ENDPOINT_IDS = ['appleid', 'idmsa', 'gsa', 'appleid-cdn'] as const;

/** Start the whole simulated network. Every server binds 127.0.0.1 on an ephemeral port. */
export async function startSimNetwork(opts: SimNetworkOptions = {}): Promise<SimNetwork> {
  let latencyMs = opts.latencyMs ?? 0;
  const count = Math.max(1, Math.min(4, opts.endpoints ?? 4));
  const pki = await getTestPki();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-sim-'));
  const caFile = path.join(dir, 'test-ca.pem');
  await writeFile(caFile, pki.caPem);

  const defaultA = opts.answerAddress ? [opts.answerAddress] : undefined;
  const dns = await startDnsServer({ delayMs: latencyMs, defaultA });
  const comparisonDns = opts.comparisonDns === false ? null : await startDnsServer({ delayMs: latencyMs, defaultA });
  const endpoints: Record<string, EndpointServer> = {};
  const recorder = createTimelineRecorder();
  for (const id of ENDPOINT_IDS.slice(0, count)) endpoints[id] = await startEndpointServer(pki, { latencyMs, timeline: { recorder, name: id } });
  const impostor = await startEndpointServer(pki, { fault: 'wrong-san' });
  const push = await startPushServer();
  const captive = await startCaptiveServer({ latencyMs });
  const proxy = await startProxyServer(pki);
  const ntp = await startNtpServer({ replyDelayMs: latencyMs });
  const statusFeed = await startStatusFeedServer();

  const hostOf = (id: string): string => SIM_HOSTS.endpoints[ENDPOINT_IDS.indexOf(id as (typeof ENDPOINT_IDS)[number])] ?? id;
  const config: ConfigInput = {
    endpoints: Object.entries(endpoints).map(([id, s]) => ({ id, host: hostOf(id), port: s.port, path: '/' })),
    push: { host: SIM_HOSTS.push, ports: [push.primary.port, push.fallback.port] },
    captiveUrl: `http://${SIM_HOSTS.captive}:${captive.port}/hotspot-detect.html`,
    ntpServers: [ntp.hostPort],
    statusFeedUrl: statusFeed.url,
    dnsServers: [dns.hostPort],
    ...(comparisonDns ? { comparisonDnsServers: [comparisonDns.hostPort] } : {}),
    extraCaFile: caFile,
    // Never 'system': the host's proxy settings or HTTPS_PROXY would send probes off loopback.
    proxy: opts.viaProxy ? proxy.url : 'direct',
    platform: 'linux',
    ...(opts.timeouts ? { timeouts: opts.timeouts } : {}),
  };

  const setEndpoint = async (id: string, fault: EndpointFault): Promise<void> => {
    const targets = id === '*' ? Object.values(endpoints) : [endpoints[id]];
    for (const s of targets) {
      if (!s) throw new Error(`unknown sim endpoint "${id}"`);
      await s.setFault(fault);
    }
  };
  const faults: SimFaults = {
    dns,
    comparisonDns,
    endpoint: setEndpoint,
    push: (port, mode) => (port === 'primary' ? push.primary : push.fallback).setMode(mode),
    captive: (f) => captive.setFault(f),
    proxy: (f) => proxy.setFault(f),
    ntp: (f, offsetMs) => {
      ntp.setFault(f);
      if (offsetMs !== undefined) ntp.setOffset(offsetMs);
    },
    statusFeed: (f, body) => {
      statusFeed.setFault(f);
      if (body !== undefined) statusFeed.setBody(body);
    },
    scenario: async (name) => {
      dns.reset();
      comparisonDns?.reset();
      dns.setDelay(latencyMs);
      comparisonDns?.setDelay(latencyMs);
      await dns.setDown(false);
      await setEndpoint('*', 'ok');
      await push.primary.setMode('open');
      await push.fallback.setMode('open');
      await captive.setFault('success');
      await proxy.setFault('ok');
      ntp.setFault('none');
      ntp.setOffset(0);
      // The SNTP client remembers kiss-o'-death servers for the process (DENY: 24 h): forget.
      defaultSntpEtiquette.reset();
      statusFeed.setFault('none');
      statusFeed.setBody(HEALTHY_FEED);
      await SIM_SCENARIOS[name](faults);
    },
  };

  return {
    config,
    caPem: pki.caPem,
    caFile,
    faults,
    servers: { dns, comparisonDns, endpoints, impostor, push, captive, proxy, ntp, statusFeed },
    timelines: () => ({ connections: recorder.list(), dnsQueries: dns.queries.map((q) => ({ ...q })) }),
    clearTimelines: () => {
      recorder.clear();
      dns.queries.length = 0;
    },
    setLatency: (ms) => {
      latencyMs = ms;
      dns.setDelay(ms);
      comparisonDns?.setDelay(ms);
      for (const s of Object.values(endpoints)) s.setLatency(ms);
      captive.setLatency(ms);
      ntp.setReplyDelay(ms);
    },
    close: async () => {
      await Promise.allSettled([
        dns.close(),
        comparisonDns?.close(),
        ...Object.values(endpoints).map((s) => s.close()),
        impostor.close(),
        push.close(),
        captive.close(),
        proxy.close(),
        ntp.close(),
        statusFeed.close(),
      ]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
