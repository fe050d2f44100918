/**
 * Check summaries as message descriptors: the engine's English summary is the descriptor rendered
 * by EN, every descriptor the judges build renders in every language, the schema bounds what a
 * report file may carry, and an unknown key falls back to the report's own summary.
 */
import { describe, expect, it } from 'vitest';
import { judgeDns } from '../../../electron/engine/checks/dns';
import { judgeSigninEndpoints } from '../../../electron/engine/checks/signin-endpoints';
import { redactReport } from '../../../electron/report/redact';
import type { EndpointResult } from '../../../shared/checks';
import { EN, LOCALES, loadTranslator } from '../../../shared/i18n';
import { checkMessageSchema, renderCheckMessage } from '../../../shared/i18n/check-message';
import { describeCheck, notCheckedText } from '../../../shared/i18n/check-text';
import type { Report } from '../../../shared/report';

const failing = (host: string, cause: 'dns.nxdomain' | null): EndpointResult =>
  ({
    id: host,
    host,
    port: 443,
    url: `https://${host}/`,
    via: { kind: 'direct' },
    failure: cause ? { phase: 'dns', cause, code: 'NXDOMAIN', message: 'not found' } : null,
    phases: {},
    totalMs: 40,
  }) as unknown as EndpointResult;

describe('check message descriptors', () => {
  const outcome = judgeSigninEndpoints([
    failing('appleid.apple.com', 'dns.nxdomain'),
    failing('gsa.apple.com', 'dns.nxdomain'),
    failing('idmsa.apple.com', null),
  ]);

  it('the English summary is the descriptor rendered by EN, stating the cause once and then the hosts', () => {
    expect(renderCheckMessage(EN, outcome.message)).toBe(outcome.summary);
    expect(outcome.summary).toBe('1 of 3 reachable — Apple’s address not found: appleid.apple.com, gsa.apple.com (slowest 40 ms)');
    expect(outcome.summary.match(/not found/g)).toHaveLength(1);
  });

  it('renders in every language, with hosts untouched and nothing of the English sentence', async () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const text = renderCheckMessage(await loadTranslator(locale), outcome.message)!;
      expect(text, locale).toContain('appleid.apple.com');
      expect(text, locale).toContain('gsa.apple.com');
      expect(text, locale).not.toContain('reachable');
      expect(text, locale).not.toContain('slowest');
    }
    const ja = renderCheckMessage(await loadTranslator('ja'), outcome.message)!;
    expect(ja).toContain('appleid.apple.com、gsa.apple.com');
  });

  it('nested lists and cause titles: a DNS answer list keeps its addresses and joins items the locale’s way', async () => {
    const host = (name: string, bogons: string[]) => ({
      answer: { host: name, system: { addresses: bogons, cause: null }, comparison: null, bogons, verifiedBogons: [] },
      endpoint: null,
      comparisonVerifies: null,
    });
    const dns = judgeDns([host('appleid.apple.com', ['0.0.0.0']), host('gsa.apple.com', ['10.0.0.1', '10.0.0.2'])] as never, 'system DNS', null);
    expect(dns.summary).toBe('Private or blocked addresses for Apple: appleid.apple.com → 0.0.0.0; gsa.apple.com → 10.0.0.1, 10.0.0.2.');
    expect(checkMessageSchema.safeParse(dns.message).success).toBe(true);
    const zh = renderCheckMessage(await loadTranslator('zh-Hans'), dns.message)!;
    expect(zh).toBe('Apple 的地址是私有或已屏蔽的地址：appleid.apple.com → 0.0.0.0；gsa.apple.com → 10.0.0.1、10.0.0.2。');
  });

  it('the schema refuses what no judge writes: foreign keys, deep nesting, unknown causes', () => {
    expect(checkMessageSchema.safeParse({ key: 'causes.dns.nxdomain.title' }).success).toBe(false);
    expect(checkMessageSchema.safeParse({ key: 'checks.dns.ok', values: { x: { cause: 'dns.made_up' } } }).success).toBe(false);
    let deep: unknown = 'x';
    for (let i = 0; i < 8; i++) deep = { list: [deep] };
    expect(checkMessageSchema.safeParse({ key: 'checks.dns.ok', values: { x: deep } }).success).toBe(false);
    expect(checkMessageSchema.safeParse({ key: 'checks.dns.ok', values: { x: 'y'.repeat(5000) } }).success).toBe(false);
  });

  it('a key this build does not know shows the report’s own summary', async () => {
    const de = await loadTranslator('de');
    expect(describeCheck(de, { summary: 'From a newer version.', message: { key: 'checks.future.thing' } })).toBe('From a newer version.');
    expect(describeCheck(de, { summary: 'Old report.' })).toBe('Old report.');
  });

  it('"not checked" lines come from the descriptor, never from parsing the English', async () => {
    const de = await loadTranslator('de');
    const timedOut = {
      status: 'error' as const,
      cause: 'cmd.timeout' as const,
      summary: 'ignored',
      message: { key: 'checks.tool.timeout', values: { tool: 'scutil --proxy', ms: 5000 } },
    };
    expect(notCheckedText(EN, timedOut)).toBe('Not checked: scutil timed out');
    expect(notCheckedText(de, timedOut)).toBe('Nicht geprüft: scutil hat zu lange gebraucht');
    expect(notCheckedText(de, { status: 'skip', cause: null, summary: '', message: { key: 'checks.common.macos_only' } })).toBe(
      'Nicht geprüft: läuft nur unter macOS',
    );
    expect(notCheckedText(de, { status: 'pass', cause: null, summary: '', message: { key: 'checks.account.signed_in' } })).toBeNull();
  });

  it('redaction treats the descriptor like the summary (a secret in a value is hidden in both)', () => {
    const report = {
      schema: 'appleid-doctor/report@1',
      startedAt: new Date(0).toISOString(),
      durationMs: 1,
      platform: { os: 'darwin', release: '24', arch: 'arm64', macosProbes: true },
      verdict: { light: 'amber', headline: 'h', primaryCause: null, explanation: 'e', otherCauses: [] },
      checks: [
        {
          id: 'vpn',
          title: 'VPN',
          group: 'network',
          status: 'warn',
          cause: 'vpn.active',
          summary: 'VPN connected: jane.doe@example.com.',
          message: { key: 'checks.vpn.connected', values: { names: { list: ['jane.doe@example.com'], type: 'unit' } } },
          durationMs: 1,
          data: {},
          fixes: [],
        },
      ],
    } as unknown as Report;
    const out = JSON.stringify(redactReport(report, 'full', []));
    expect(out).not.toContain('jane.doe@example.com');
    expect(out).toContain('checks.vpn.connected');
  });
});
