/**
 * The configured-resolver path reuses c-ares channels across lookups (electron/engine/probes/resolver.ts).
 * What a person would notice if that went wrong: a DNS outage or a changed answer hidden behind an
 * answer remembered from an earlier check — a green light while sign-in cannot resolve Apple's hosts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelsForgetAnswers, resolveHost } from '../../../electron/engine/probes/resolver';
import { type DnsServerHandle, startDnsServer } from '../../sim/dns-server';

const HOST = 'gsa.apple.com';
let dns: DnsServerHandle;
const lookup = (timeoutMs = 1_000, signal = new AbortController().signal) =>
  resolveHost(HOST, { servers: [dns.hostPort], timeoutMs, signal, mono: () => performance.now() });
const aQueries = () => dns.queries.filter((q) => q.name === HOST && q.type === 1).length;

beforeAll(async () => {
  dns = await startDnsServer();
});
afterAll(() => dns.close());
beforeEach(() => {
  dns.reset();
  dns.setFault('*', 'none');
  dns.setAnswer(HOST, { a: ['127.0.0.1'] });
});

describe('lookups through configured resolvers', () => {
  it('ask the server every time, so a changed answer shows at once', async () => {
    expect((await lookup()).phase.addresses).toEqual(['127.0.0.1']);
    dns.setAnswer(HOST, { a: ['127.0.0.2'] });
    expect((await lookup()).phase.addresses).toEqual(['127.0.0.2']);
    expect((await lookup()).phase.addresses).toEqual(['127.0.0.2']);
    expect(aQueries()).toBe(3);
  });

  it('report a name that stopped resolving right after it resolved, never the earlier answer', async () => {
    expect((await lookup()).failure).toBeNull();
    dns.setFault(HOST, 'nxdomain');
    const after = await lookup();
    expect(after.failure?.cause).toBe('dns.nxdomain');
    expect(after.phase.addresses).toEqual([]);
  });

  it('answer again after a server that stopped answering comes back', async () => {
    dns.setFault(HOST, 'blackhole');
    expect((await lookup(200)).failure?.cause).toBe('dns.timeout');
    dns.setFault(HOST, 'none');
    const back = await lookup(200);
    expect(back.failure).toBeNull();
    expect(back.phase.addresses).toEqual(['127.0.0.1']);
  });

  it('run side by side without cancelling each other when one of them is stopped', async () => {
    await lookup(2_000); // leaves a channel for this server and timeout to be reused
    dns.setDelay(300);
    const stop = new AbortController();
    const stopped = lookup(2_000, stop.signal);
    const patient = lookup(2_000);
    setTimeout(() => stop.abort(), 100);
    expect((await stopped).failure?.cause).toBe('dns.timeout');
    expect((await patient).failure).toBeNull();
    dns.setDelay(0);
  });
});

describe('which Node versions may reuse a channel', () => {
  it('only those whose c-ares forgets answers (nodejs/node#57640): older ones get a channel per lookup', () => {
    for (const v of ['20.19.1', '20.20.2', '22.15.0', '22.20.0', '24.0.0', '26.1.0']) expect(channelsForgetAnswers(v), v).toBe(true);
    for (const v of ['20.19.0', '20.16.0', '20.11.1', '21.7.3', '22.14.0', '23.11.0', '18.20.4', '', 'garbage'])
      expect(channelsForgetAnswers(v), v).toBe(false);
  });
});
