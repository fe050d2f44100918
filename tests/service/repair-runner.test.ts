import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refuseInvocation } from '../../electron/engine/system/command-policy';
import type { CommandResult, CommandRunner } from '../../electron/engine/types';
import { type AdminRunner, createRepairRunner, type RepairRunnerDeps } from '../../electron/service/repair-runner';
import { loadTranslator } from '../../shared/i18n';
import type { StepRecord } from '../../shared/repairs';
import type { Report } from '../../shared/report';

const res = (stdout: string, exitCode = 0, stderr = ''): CommandResult => ({
  stdout,
  stderr,
  exitCode,
  signal: null,
  timedOut: false,
  truncated: false,
  durationMs: 1,
  spawnError: null,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'repair-runner-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A simulated Mac: Wi-Fi carries a secure web proxy 127.0.0.1:9 until the admin runner turns it off. */
function setup(adminAnswer: 'ok' | 'cancel' | 'fail', extra: Partial<RepairRunnerDeps> = {}) {
  let proxyOn = true;
  const adminCalls: string[][] = [];
  const records: StepRecord[] = [];
  const runner: CommandRunner = {
    async run(tool, args) {
      if (refuseInvocation(tool, args)) return { ...res('', 1), spawnError: 'refused' };
      if (args[0] === '-listallnetworkservices') return res('An asterisk (*) denotes that a network service is disabled.\nWi-Fi\n*Ethernet\n');
      if (args[0] === '-getsecurewebproxy' && proxyOn) return res('Enabled: Yes\nServer: 127.0.0.1\nPort: 9\nAuthenticated Proxy Enabled: 0\n');
      return res('Enabled: No\nServer: \nPort: 0\nAuthenticated Proxy Enabled: 0\n');
    },
  };
  const admin: AdminRunner = async (args) => {
    adminCalls.push([...args]);
    expect(refuseInvocation('osascript', args)).toBeNull();
    if (adminAnswer === 'cancel') return res('', 1, '0:180: execution error: User canceled. (-128)\n');
    if (adminAnswer === 'fail') return res('', 1, '0:180: execution error: ** Error: Unable to commit changes to network database. (14)\n');
    if (args.includes('-setsecurewebproxystate')) proxyOn = false;
    if (args.includes('-setsecurewebproxy')) proxyOn = true;
    return res('');
  };
  const report = (): Report =>
    ({
      verdict: { light: proxyOn ? 'red' : 'green', headline: proxyOn ? 'Blocked' : 'OK' },
      checks: [
        {
          id: 'proxy',
          title: 'Proxy',
          status: 'pass',
          cause: null,
          summary: '',
          data: { route: proxyOn ? { kind: 'proxy', host: '127.0.0.1', port: 9, source: 'system' } : { kind: 'direct' } },
        },
        {
          id: 'signin-endpoints',
          title: 'Apple Account sign-in servers',
          status: proxyOn ? 'fail' : 'pass',
          cause: proxyOn ? 'proxy.down' : null,
          summary: proxyOn ? 'The proxy 127.0.0.1:9 refuses connections.' : 'All answer.',
          data: {},
        },
      ],
    }) as unknown as Report;
  let rechecks = 0;
  const rr = createRepairRunner({
    runner,
    admin,
    dataDir: dir,
    now: () => Date.parse('2026-12-01T10:00:00Z'),
    commandTimeoutMs: 1000,
    report,
    recheck: async () => {
      rechecks++;
      return report();
    },
    record: (r) => records.push(r),
    ...extra,
  });
  return { rr, adminCalls, records, rechecks: () => rechecks, proxyOn: () => proxyOn };
}

describe('repair: consent → run → re-check → steps log', () => {
  it('turns off the dead proxy on the service it is set on, re-checks, says Fixed, and can turn it back on', async () => {
    const s = setup('ok');
    const plan = await s.rr.plan('proxy-off', 'proxy-leftover');
    expect(plan.manual).toBeNull();
    expect(plan.command).toBe('sudo /usr/sbin/networksetup -setsecurewebproxystate Wi-Fi off');
    expect(plan.words).toContain('“Wi-Fi”');
    expect(s.adminCalls).toHaveLength(0); // nothing ran before consent
    const result = await s.rr.run(plan.planId!);
    expect(result).toMatchObject({ outcome: 'fixed', lightAfter: 'green', undo: 'proxy-on' });
    expect(result.message).toMatch(/^Fixed — Apple’s sign-in servers answer again/);
    expect(s.rechecks()).toBe(1);
    expect(s.records).toEqual([expect.objectContaining({ kind: 'repair', cardId: 'proxy-leftover', at: '2026-12-01T10:00:00.000Z', light: 'green' })]);
    // A plan runs once.
    expect((await s.rr.run(plan.planId!)).outcome).toBe('failed');

    const back = await s.rr.plan('proxy-on', 'proxy-leftover');
    expect(back.command).toBe('sudo /usr/sbin/networksetup -setsecurewebproxy Wi-Fi 127.0.0.1 9');
    await s.rr.run(back.planId!);
    expect(s.proxyOn()).toBe(true);
  });

  it('a cancelled password prompt is "Nothing was changed", not an error, and is recorded', async () => {
    const s = setup('cancel');
    const plan = await s.rr.plan('proxy-off', 'proxy-leftover');
    const result = await s.rr.run(plan.planId!);
    expect(result).toMatchObject({ outcome: 'cancelled', undo: null });
    expect(result.message).toMatch(/Nothing was changed/);
    expect(s.rechecks()).toBe(0);
    expect(s.proxyOn()).toBe(true);
    expect(s.records[0]?.text).toMatch(/cancelled — nothing was changed/);
  });

  it('a failing command says what went wrong and sends the person to the manual steps', async () => {
    const s = setup('fail');
    const plan = await s.rr.plan('flush-dns', 'dns-server-failing');
    expect(plan.command).toBe('sudo /usr/bin/dscacheutil -flushcache && sudo /usr/bin/killall -HUP mDNSResponder');
    const result = await s.rr.run(plan.planId!);
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain('Unable to commit changes to network database');
  });

  it('without a dead system proxy in the diagnosis the card keeps its manual steps', async () => {
    const s = setup('ok');
    await s.rr.run((await s.rr.plan('proxy-off', 'proxy-leftover')).planId!);
    const again = await s.rr.plan('proxy-off', 'proxy-leftover');
    expect(again.planId).toBeNull();
    expect(again.manual).toMatch(/did not find a system proxy/);
  });

  it("speaks the translator's language and, in the terminal, sends the person to appleid-doctor check", async () => {
    const de = await loadTranslator('de');
    const s = setup('fail', { t: de, face: 'cli' });
    const plan = await s.rr.plan('proxy-off', 'proxy-leftover');
    expect(plan.title).toBe('Proxy ausschalten');
    // The Mac's own service name and the server stay as they are; the words around them are German.
    expect(plan.words).toBe(
      'Schaltet den sicheren Webproxy (HTTPS) 127.0.0.1:9 für „Wi-Fi“ aus. Die alten Werte bleiben gespeichert, damit du ihn wieder einschalten kannst.',
    );
    const result = await s.rr.run(plan.planId!);
    expect(result.message).toMatch(
      /^Das hat nicht geklappt: \*\* Error: Unable to commit changes to network database\. \(14\)\. Führe appleid-doctor check aus/,
    );
    expect(s.records[0]?.text).toMatch(/^„Proxy ausschalten“ fehlgeschlagen: /);
    const app = setup('ok');
    await app.rr.run((await app.rr.plan('proxy-off', 'proxy-leftover')).planId!);
    expect((await app.rr.plan('proxy-off', 'proxy-leftover')).manual).toMatch(/use the steps below\.$/);
  });
});
