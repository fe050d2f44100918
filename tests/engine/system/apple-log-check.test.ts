/**
 * The `log` command policy (exactly one shape), the runner's streaming option against the `log`
 * shims (hang → group killed, 50 MB flood → stopped early, nothing buffered), and the verdict rule
 * for what Apple's software logged.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseInvocation } from '../../../electron/engine/system/command-policy';
import { createCommandRunner } from '../../../electron/engine/system/command-runner';
import { APPLE_LOG_PREDICATE, logShowArgs } from '../../../electron/engine/system/unified-log-query';
import { computeVerdict } from '../../../electron/engine/verdict';
import type { AppleLogEvent } from '../../../shared/checks';
import { TOOL_DEFAULTS, type ToolName } from '../../../shared/config';
import type { CheckResult } from '../../../shared/report';
import { SHIMS } from './helpers';

describe('policy: log', () => {
  it('allows exactly `show --style ndjson --last <N>m --predicate <built-in>`', () => {
    expect(refuseInvocation('log', logShowArgs(15))).toBeNull();
    expect(refuseInvocation('log', logShowArgs(1440))).toBeNull();
    expect(logShowArgs(99_999)[4]).toBe('1440m');
  });

  const P = APPLE_LOG_PREDICATE;
  it.each([
    ['config', ['config', '--mode', 'level:debug', '--subsystem', 'com.apple.authkit']],
    ['config private data', ['config', '--mode', 'private_data:on']],
    ['erase', ['erase', '--all']],
    ['collect', ['collect', '--last', '15m']],
    ['stream', ['stream', '--style', 'ndjson', '--predicate', P]],
    ['stream in show’s shape', ['stream', '--style', 'ndjson', '--last', '15m', '--predicate', P]],
    ['--info', ['show', '--info', '--style', 'ndjson', '--last', '15m', '--predicate', P]],
    ['--debug', ['show', '--style', 'ndjson', '--last', '15m', '--predicate', P, '--debug']],
    ['another style', ['show', '--style', 'json', '--last', '15m', '--predicate', P]],
    ['another predicate', ['show', '--style', 'ndjson', '--last', '15m', '--predicate', 'process == "akd"']],
    ['no predicate', ['show', '--style', 'ndjson', '--last', '15m']],
    ['hours', ['show', '--style', 'ndjson', '--last', '2h', '--predicate', P]],
    ['too long', ['show', '--style', 'ndjson', '--last', '1441m', '--predicate', P]],
    ['zero', ['show', '--style', 'ndjson', '--last', '0m', '--predicate', P]],
    ['an archive', ['show', '/tmp/x.logarchive', '--style', 'ndjson', '--last', '15m', '--predicate', P]],
    ['reordered', ['show', '--last', '15m', '--style', 'ndjson', '--predicate', P]],
    ['no arguments', []],
  ])('refuses %s', (_name, args) => {
    expect(refuseInvocation('log', args)).toMatch(/^log: /);
  });
});

function runner(shim: string) {
  const toolPaths = { ...TOOL_DEFAULTS, log: path.join(SHIMS, shim) } as Record<ToolName, string>;
  return createCommandRunner({ toolPaths });
}

describe('runner: streaming stdout', () => {
  it('hands a 50 MB flood to the consumer chunk by chunk and stops it when the consumer says so', async () => {
    let seen = 0;
    const r = await runner('log-flood').run('log', logShowArgs(15), {
      timeoutMs: 10_000,
      onStdout: (chunk) => {
        seen += chunk.length;
        return seen < 2_000_000;
      },
    });
    expect(r.stdout).toBe('');
    expect(r.truncated).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(seen).toBeGreaterThanOrEqual(2_000_000);
    expect(seen).toBeLessThan(52_428_800);
  });

  it('kills a hanging log at its budget; the line printed before still arrived', async () => {
    let text = '';
    const t0 = performance.now();
    const r = await runner('log-hang').run('log', logShowArgs(15), {
      timeoutMs: 500,
      onStdout: (c) => {
        text += Buffer.from(c).toString('utf8');
        return true;
      },
    });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.timedOut).toBe(true);
    expect(text).toContain('Updating token');
  });

  it('a consumer that throws stops the command instead of crashing the runner', async () => {
    const r = await runner('log-flood').run('log', logShowArgs(15), {
      timeoutMs: 10_000,
      onStdout: () => {
        throw new Error('bug');
      },
    });
    expect(r.truncated).toBe(true);
  });

  it('the shims exist for every scenario', () => {
    for (const s of ['log', 'log-recent-7035', 'log-old-7035', 'log-hang', 'log-flood', 'log-garbage', 'log-exit1'])
      expect(existsSync(path.join(SHIMS, s))).toBe(true);
  });
});

const NOW = Date.parse('2026-12-01T14:10:00Z');
const ev = (p: Partial<AppleLogEvent>): AppleLogEvent => ({
  at: new Date(NOW - 120_000).toISOString(),
  firstAt: new Date(NOW - 120_000).toISOString(),
  count: 1,
  process: 'akd',
  subsystem: 'com.apple.authkit',
  domain: 'AKAuthenticationError',
  code: -7035,
  name: 'AKAppleIDAuthenticationErrorNoCodeReceived',
  meaning: 'The verification code never arrived.',
  family: 'account',
  cause: 'auth.code_not_delivered',
  message: 'x',
  codes: [],
  ...p,
});
const check = (id: string, status: CheckResult['status'], cause: CheckResult['cause'], data: Record<string, unknown> = {}): CheckResult =>
  ({ id, title: id, group: 'signin', status, cause, summary: '', durationMs: 1, data, fixes: [] }) as CheckResult;
const healthy = (extra: CheckResult[] = []) => [
  check('signin-endpoints', 'pass', null, { endpoints: [] }),
  check('push', 'pass', null),
  check('clock', 'pass', null),
  ...extra,
];
const log = (events: AppleLogEvent[]) =>
  check('apple-log', events.some((e) => e.cause === 'auth.locked') ? 'fail' : 'warn', events[0]?.cause ?? null, { events, windowMinutes: 15 });

describe('verdict: what Apple’s software said', () => {
  it('an unexplained -7035 makes a healthy network amber with the new cause and names the code', () => {
    const v = computeVerdict(healthy([log([ev({})])]), NOW);
    expect(v).toMatchObject({ light: 'amber', primaryCause: 'auth.code_not_delivered', headline: 'Your verification code never arrived' });
    expect(v.explanation).toContain('AKAuthenticationError -7035');
  });

  it('a locked account or a refused Mac is red', () => {
    expect(
      computeVerdict(healthy([log([ev({ code: -7028, cause: 'auth.locked', name: 'AKAppleIDAuthenticationErrorMaxAttemptsReached' })])]), NOW),
    ).toMatchObject({ light: 'red', primaryCause: 'auth.locked' });
    expect(
      computeVerdict(healthy([log([ev({}), ev({ domain: 'AKAnisetteError', code: -8008, family: 'device', cause: 'auth.attestation_failed' })])]), NOW),
    ).toMatchObject({ light: 'red', primaryCause: 'auth.attestation_failed' });
  });

  it('a missing push token while push is blocked is explained by the push check, which stays primary', () => {
    const checks = [
      check('signin-endpoints', 'pass', null, { endpoints: [] }),
      check('push', 'fail', 'push.blocked'),
      log([ev({ code: -7041, family: 'device', cause: 'auth.no_push_token' })]),
    ];
    expect(computeVerdict(checks, NOW)).toMatchObject({ light: 'amber', primaryCause: 'push.blocked' });
  });

  it('network errors never change the light: not reproduced = history (green), reproduced = the live cause', () => {
    const dns = ev({ process: 'apsd', domain: 'NSURLErrorDomain', code: -1003, family: 'network', cause: 'dns.nxdomain' });
    const logCheck = check('apple-log', 'pass', null, { events: [dns], windowMinutes: 15 });
    expect(computeVerdict(healthy([logCheck]), NOW)).toMatchObject({ light: 'green', primaryCause: null });
  });

  it('sign-in servers unreachable: the network explains it, not the log', () => {
    const checks = [check('signin-endpoints', 'fail', 'dns.nxdomain', { endpoints: [] }), log([ev({})])];
    expect(computeVerdict(checks, NOW)).toMatchObject({ light: 'red', primaryCause: 'dns.nxdomain' });
  });
});
