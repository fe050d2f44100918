/** The apple-status check: event → verdict mapping, and the feed faults G1–G7. */

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { appleStatusCheck, judgeAppleStatus } from '../../../../electron/engine/checks/apple-status';
import type { StatusFeedResult } from '../../../../electron/engine/probes/status-feed';
import { parseStatusFeed } from '../../../../electron/engine/probes/status-feed-parse';
import { runCheck } from '../../../../electron/engine/types';
import { HEALTHY_FEED, startStatusFeedServer } from '../../../sim/status-feed-server';
import { testConfig, testContext } from '../clock/context';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/status-feed/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2026, 0, 15);
const URL_ = 'https://www.apple.com/support/systemstatus/data/system_status_en_US.js';

function fed(body: string): StatusFeedResult {
  const p = parseStatusFeed(body);
  if (!p.ok) throw new Error(p.reason);
  return { ok: true, url: URL_, services: p.services, durationMs: 10 };
}

/** A consumer feed: the sign-in services, plus one event on `service`. */
function feedWith(service: string, event: Record<string, unknown>): string {
  const names = ['Apple Account', 'iCloud Account &amp; Sign In', 'Sign in with Apple', 'iMessage', 'FaceTime', 'Apple Account Card'];
  if (!names.includes(service)) names.push(service);
  return JSON.stringify({
    services: names.map((serviceName) => ({
      serviceName,
      events:
        serviceName === service
          ? [
              {
                usersAffected: 'Some users are affected',
                epochStartDate: NOW - 3_600_000,
                epochEndDate: null,
                message: 'Users may be experiencing a problem.',
                ...event,
              },
            ]
          : [],
    })),
  });
}
const classify = (service: string, event: Record<string, unknown>) => judgeAppleStatus(fed(feedWith(service, event)), NOW);

describe('judgeAppleStatus', () => {
  it('G1 ongoing Apple Account outage: fail apple.outage, with the event as evidence', () => {
    const o = judgeAppleStatus(fed(fixture('consumer-feed.apple-account-outage.synthetic.json')), NOW);
    expect(o).toMatchObject({ status: 'fail', cause: 'apple.outage' });
    expect(o.summary).toBe('Apple reports an outage of Apple Account. “Users may be unable to sign in to Apple Account & related services.”');
    // Apple Account Card is a different service; the resolved iCloud issue is history.
    expect(o.data.events).toEqual([
      {
        service: 'Apple Account',
        statusType: 'Outage',
        eventStatus: 'ongoing',
        ongoing: true,
        message: 'Users may be unable to sign in to Apple Account & related services.',
        usersAffected: 'Some users are affected',
        startedAt: '2021-04-26T11:13:00.000Z',
        endedAt: null,
      },
    ]);
    expect(o.data.services).toEqual(['Apple Account', 'iCloud Account & Sign In', 'Sign in with Apple', 'iMessage', 'FaceTime']);
  });

  it.each(['Apple ID', 'iCloud Account &amp; Sign In'])('an ongoing outage of %s is an Apple Account outage', (service) => {
    expect(classify(service, { statusType: 'Outage', eventStatus: 'ongoing' })).toMatchObject({ status: 'fail', cause: 'apple.outage' });
  });

  it('an outage of Apple Account Card is not an Apple Account outage', () => {
    expect(classify('Apple Account Card', { statusType: 'Outage', eventStatus: 'ongoing' })).toMatchObject({ status: 'pass', cause: null });
  });

  it.each([
    ['Apple Account', 'Issue'],
    ['Apple Account', 'Performance'],
    ['iMessage', 'Outage'],
    ['FaceTime', 'Issue'],
    ['Sign in with Apple', 'Outage'],
    ['Apple Account', 'Degraded Service'], // G6: unknown type is minor
  ])('ongoing trouble on %s (%s) is a warning, apple.degraded', (service, statusType) => {
    expect(classify(service, { statusType, eventStatus: 'ongoing' })).toMatchObject({ status: 'warn', cause: 'apple.degraded' });
  });

  it('maintenance, ongoing or upcoming, is a maintenance warning — not an outage', () => {
    const now = classify('Apple Account', { statusType: 'Maintenance', eventStatus: 'ongoing' });
    expect(now).toMatchObject({ status: 'warn', cause: 'apple.maintenance' });
    expect(now.summary).toContain('Apple reports maintenance of Apple Account');
    const soon = classify('iCloud Account &amp; Sign In', { statusType: 'Maintenance', eventStatus: 'upcoming', epochStartDate: NOW + 86_400_000 });
    expect(soon).toMatchObject({ status: 'warn', cause: 'apple.maintenance' });
    expect(soon.summary).toContain('upcoming maintenance of iCloud Account & Sign In');
  });

  it('G2 resolved and completed events are ignored', () => {
    expect(classify('Apple Account', { statusType: 'Outage', eventStatus: 'resolved', epochEndDate: NOW - 1000 })).toMatchObject({
      status: 'pass',
      cause: null,
    });
    expect(classify('Apple Account', { statusType: 'Maintenance', eventStatus: 'completed' })).toMatchObject({ status: 'pass', cause: null });
  });

  it('feeds without eventStatus: the ended outage is ignored, the ongoing slowness and future maintenance count', () => {
    const o = judgeAppleStatus(fed(fixture('consumer-feed.no-event-status.synthetic.json')), NOW);
    expect(o).toMatchObject({ status: 'warn', cause: 'apple.degraded' });
    expect(o.data.events!.map((e) => [e.service, e.eventStatus, e.ongoing])).toEqual([
      ['Apple Account', 'upcoming', false],
      ['iMessage', 'ongoing', true],
    ]);
  });

  it('an outage outranks a degradation and maintenance', () => {
    const body = JSON.parse(feedWith('iMessage', { statusType: 'Issue', eventStatus: 'ongoing' }));
    body.services[0].events = [{ statusType: 'Outage', eventStatus: 'ongoing', message: 'Down.' }];
    body.services[1].events = [{ statusType: 'Maintenance', eventStatus: 'ongoing', message: 'Works.' }];
    expect(judgeAppleStatus(fed(JSON.stringify(body)), NOW)).toMatchObject({ status: 'fail', cause: 'apple.outage' });
  });

  it('a healthy feed passes and names what was checked', () => {
    const o = judgeAppleStatus(fed(HEALTHY_FEED), NOW);
    expect(o).toMatchObject({ status: 'pass', cause: null, data: { events: [] } });
    expect(o.summary).toBe('Apple reports no problems with Apple Account, iCloud Account & Sign In, Sign in with Apple, iMessage, and FaceTime.');
  });

  it('a feed that does not list Apple Account (the real developer feed) cannot vouch for it', () => {
    const o = judgeAppleStatus(fed(fixture('apple-system-status.developer-feed.2020-02.unwrapped.json')), NOW);
    expect(o).toMatchObject({ status: 'warn', cause: 'apple.status_unknown' });
  });

  it('an unreadable feed is a warning without evidence, never "Apple OK"', () => {
    const o = judgeAppleStatus(
      {
        ok: false,
        url: URL_,
        reason: 'it did not answer in time',
        failure: { phase: 'http', cause: 'http.timeout', code: null, message: 'no answer within 4000 ms' },
        httpStatus: null,
        durationMs: 4000,
      },
      NOW,
    );
    expect(o).toMatchObject({ status: 'warn', cause: 'apple.status_unknown', data: { url: URL_, services: [], events: [] } });
    expect(o.summary).toBe('Apple’s System Status could not be read: it did not answer in time.');
  });
});

describe('apple-status check against the simulated feed', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((c) => c()));
  });
  async function run(opts: Parameters<typeof startStatusFeedServer>[0], httpMs = 1000) {
    const feed = await startStatusFeedServer(opts);
    closers.push(feed.close);
    const config = testConfig({ statusFeedUrl: feed.url, timeouts: { httpMs } });
    const t0 = performance.now();
    const outcome = await runCheck(appleStatusCheck, testContext(config));
    return { outcome, ms: performance.now() - t0, feed };
  }

  it('healthy feed: pass', async () => {
    const { outcome, feed } = await run({});
    expect(outcome).toMatchObject({ status: 'pass', cause: null, data: { url: feed.url } });
    expect(outcome.data.services).toContain('Apple Account');
  });

  it('G1+G3 JSONP-wrapped feed with an ongoing outage: fail apple.outage', async () => {
    const body = `jsonCallback(${feedWith('Apple Account', { statusType: 'Outage', eventStatus: 'ongoing' })});`;
    const { outcome } = await run({ body });
    expect(outcome).toMatchObject({ status: 'fail', cause: 'apple.outage' });
  });

  it.each([
    ['G4 HTML page', 'html', /HTML page/],
    ['G5 server error', 'server-error', /HTTP 503/],
    ['G5 silence', 'silence', /did not answer in time/],
    ['G7 huge body', 'huge', /far too large/],
  ] as const)('%s: warn apple.status_unknown within the deadline', async (_name, fault, reason) => {
    const { outcome, ms } = await run({ fault }, 1000);
    expect(outcome).toMatchObject({ status: 'warn', cause: 'apple.status_unknown' });
    expect(outcome.summary).toMatch(reason);
    expect(ms).toBeLessThan(1000 + 2000);
  });

  it('a closed port: status unknown, promptly', async () => {
    const config = testConfig({ timeouts: { httpMs: 5000 } }); // statusFeedUrl defaults to 127.0.0.1:9
    const o = await runCheck(appleStatusCheck, testContext(config));
    expect(o).toMatchObject({ status: 'warn', cause: 'apple.status_unknown' });
    expect(o.summary).toContain('refused');
  });

  it('honours the AbortSignal', async () => {
    const feed = await startStatusFeedServer({ fault: 'silence' });
    closers.push(feed.close);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const t0 = performance.now();
    const o = await runCheck(appleStatusCheck, testContext(testConfig({ statusFeedUrl: feed.url, timeouts: { httpMs: 10_000 } }), { signal: ac.signal }));
    expect(o.cause).toBe('apple.status_unknown');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('follows a feed change between runs (setBody)', async () => {
    const { feed } = await run({});
    feed.setBody(feedWith('Apple Account', { statusType: 'Maintenance', eventStatus: 'ongoing' }));
    const o = await runCheck(appleStatusCheck, testContext(testConfig({ statusFeedUrl: feed.url })));
    expect(o.cause).toBe('apple.maintenance');
  });
});
