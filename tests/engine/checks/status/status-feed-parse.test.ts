import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, eventState, type FeedEvent, parseStatusFeed, serviceRole, severityOf } from '../../../../electron/engine/probes/status-feed-parse';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/status-feed/${name}`, import.meta.url), 'utf8');
const NOW = Date.UTC(2026, 0, 15);

describe('parseStatusFeed', () => {
  it('reads the real 2020 developer feed: 27 services, one resolved TestFlight issue', () => {
    const r = parseStatusFeed(fixture('apple-system-status.developer-feed.2020-02.unwrapped.json'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.services).toHaveLength(27);
    expect(r.services.map((s) => s.name)).toContain('Certificates, Identifiers & Profiles');
    const tf = r.services.find((s) => s.name === 'TestFlight')!;
    expect(tf.events).toEqual([
      {
        statusType: 'Issue',
        eventStatus: 'resolved',
        message: 'Users experienced a problem with this service.',
        usersAffected: 'Some users were affected',
        start: 1581363900000,
        end: 1581505200000,
      },
    ]);
    expect(eventState(tf.events[0]!, NOW)).toBe('over');
  });

  it('reads the JSONP-wrapped variant (BOM, whitespace, trailing semicolon) identically', () => {
    const bare = parseStatusFeed(fixture('apple-system-status.developer-feed.2020-02.unwrapped.json'));
    expect(parseStatusFeed(fixture('apple-system-status.developer-feed.2020-02.jsonp.js'))).toEqual(bare);
    expect(parseStatusFeed('jsonCallback({"services":[]})')).toEqual({ ok: true, services: [] });
  });

  it('decodes HTML entities in service names and messages', () => {
    const r = parseStatusFeed(fixture('consumer-feed.no-event-status.synthetic.json'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.services.map((s) => s.name)).toContain('iCloud Account & Sign In');
    expect(r.services.find((s) => s.name === 'iMessage')!.events[0]!.message).toBe("iMessage may be slower than usual — we're investigating.");
    expect(decodeEntities('Tom &amp; Jerry &quot;x&quot; &#39;y&#39; &#x26; &AMP; &bogus; &#0;')).toBe('Tom & Jerry "x" \'y\' & & &bogus; &#0;');
  });

  it('infers the life of events without eventStatus from their dates', () => {
    const r = parseStatusFeed(fixture('consumer-feed.no-event-status.synthetic.json'));
    if (!r.ok) throw new Error(r.reason);
    const state = (name: string) => eventState(r.services.find((s) => s.name === name)!.events[0]!, NOW);
    expect(state('Apple Account')).toBe('upcoming'); // starts in 2099
    expect(state('iCloud Account & Sign In')).toBe('over'); // ended in 2023
    expect(state('iMessage')).toBe('ongoing'); // no end date
  });

  it('understands open-ended eventStatus values and lets a known one win over the dates', () => {
    const e = (eventStatus: string | null, end: number | null): FeedEvent => ({
      statusType: 'Issue',
      eventStatus,
      message: '',
      usersAffected: null,
      start: 1,
      end,
    });
    expect(eventState(e('ongoing issue', 5), NOW)).toBe('ongoing');
    expect(eventState(e('resolved', null), NOW)).toBe('over');
    expect(eventState(e('completed', null), NOW)).toBe('over');
    expect(eventState(e('upcoming', null), NOW)).toBe('upcoming');
    expect(eventState(e('something new', NOW + 1), NOW)).toBe('ongoing');
  });

  it.each([
    ['an HTML error page', '<!DOCTYPE html><html><body>Service Unavailable</body></html>'],
    ['an empty body', ''],
    ['null', 'null'],
    ['an array', '[{"serviceName":"Apple Account","events":[]}]'],
    ['an object without services', '{"drpost":false}'],
    ['services that is not a list', '{"services":{"Apple Account":[]}}'],
    ['truncated JSON', fixture('apple-system-status.developer-feed.2020-02.unwrapped.json').slice(0, 1500)],
    ['an unbalanced wrapper', 'jsonCallback({"services":[]}'],
    ['services with no readable name', '{"services":[{"name":"Apple Account"},{"serviceName":""}]}'],
  ])('rejects %s (garbage never reads as healthy)', (_name, body) => {
    expect(parseStatusFeed(body).ok).toBe(false);
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => `jsonCallback(${j});`),
        ),
        (body) => {
          const r = parseStatusFeed(body);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('service matching and severity', () => {
  it('matches Apple Account, its old name and the sign-in services, case-insensitively, and nothing else', () => {
    expect(serviceRole('Apple Account')).toBe('core');
    expect(serviceRole('APPLE ID')).toBe('core');
    expect(serviceRole('iCloud Account &amp; Sign In')).toBe('core');
    expect(serviceRole('iCloud  Account and Sign In')).toBe('core');
    expect(serviceRole('Sign in with Apple')).toBe('related');
    expect(serviceRole('iMessage')).toBe('related');
    expect(serviceRole('FaceTime')).toBe('related');
    expect(serviceRole('Apple Account Card')).toBeNull();
    expect(serviceRole('Account')).toBeNull(); // the developer feed's developer account
    expect(serviceRole('iCloud Mail')).toBeNull();
  });

  it('classifies status types; unknown ones are minor', () => {
    expect(severityOf('Outage')).toBe('outage');
    expect(severityOf('Issue')).toBe('minor');
    expect(severityOf('Performance')).toBe('minor');
    expect(severityOf('Maintenance')).toBe('maintenance');
    expect(severityOf('Available')).toBe('available');
    expect(severityOf('Degraded Service')).toBe('minor');
  });
});
