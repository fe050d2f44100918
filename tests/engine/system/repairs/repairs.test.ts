import { describe, expect, it } from 'vitest';
import { refuseInvocation } from '../../../../electron/engine/system/command-policy';
import { buildAdminArgs, readAdminResult } from '../../../../electron/engine/system/repairs/admin-script';
import { planRepair } from '../../../../electron/engine/system/repairs/plan';
import { isSafeServiceName, serviceNameProblem } from '../../../../electron/engine/system/repairs/service-name';
import { flushDnsCommands, PROMPTS, proxyOffCommands } from '../../../../electron/engine/system/repairs/templates';
import type { CommandResult, CommandRunner } from '../../../../electron/engine/types';
import type { Report } from '../../../../shared/report';

const HOSTILE = [
  "Wi-Fi'; rm -rf ~; echo '",
  'Wi-Fi$(touch /tmp/pwned)',
  'Wi-Fi`id`',
  'Wi-Fi\nrm -rf /',
  'Wi-Fi; reboot',
  'Wі-Fі', // Cyrillic і look-alikes
  'Wi‐Fi', // U+2010 hyphen
  '-setwebproxy',
  '"Wi-Fi"',
  'Wi-Fi && id',
  'Wi-Fi | sh',
  'Wi-Fi\\',
  ' Wi-Fi',
];

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

/** A Mac whose services are `names`, each with the secure web proxy 127.0.0.1:9 switched on. */
function fakeMac(names: string[]): { runner: CommandRunner; calls: string[][] } {
  const calls: string[][] = [];
  const runner: CommandRunner = {
    async run(tool, args) {
      calls.push([tool, ...args]);
      if (refuseInvocation(tool, args)) return { ...res('', 1), spawnError: 'refused' };
      if (args[0] === '-listallnetworkservices') return res(`An asterisk (*) denotes that a network service is disabled.\n${names.join('\n')}\n`);
      if (args[0] === '-getsecurewebproxy') return res('Enabled: Yes\nServer: 127.0.0.1\nPort: 9\nAuthenticated Proxy Enabled: 0\n');
      return res('Enabled: No\nServer: \nPort: 0\nAuthenticated Proxy Enabled: 0\n');
    },
  };
  return { runner, calls };
}

const deadProxyReport = {
  verdict: { light: 'red' },
  checks: [
    { id: 'proxy', status: 'pass', cause: null, data: { route: { kind: 'proxy', host: '127.0.0.1', port: 9, source: 'system' } } },
    { id: 'signin-endpoints', status: 'fail', cause: 'proxy.down', data: {} },
  ],
} as unknown as Report;

describe('hostile network service names never reach a command line', () => {
  it.each(HOSTILE)('%j is refused by the name rule, the builder and the policy', (name) => {
    expect(isSafeServiceName(name)).toBe(false);
    expect(serviceNameProblem(name, [name])).not.toBeNull();
    expect(() => proxyOffCommands([{ service: name, kind: 'web' }])).toThrow();
    // Even an osascript argv built by hand around it is refused by the command policy.
    const forged = buildAdminArgs(PROMPTS['proxy-off'], [{ program: '/usr/sbin/networksetup', args: ['-setwebproxystate', name, 'off'] }]);
    expect(refuseInvocation('osascript', forged)).not.toBeNull();
  });

  // A listing is one name per line (trimmed), so names with newlines or edge spaces cannot be listed as such.
  it.each(HOSTILE.filter((n) => !/\n|^\s/.test(n)))('a Mac listing %j gets the manual steps, and the name is never passed to any tool', async (name) => {
    const mac = fakeMac([name]);
    const plan = await planRepair('proxy-off', { runner: mac.runner, timeoutMs: 1000, report: deadProxyReport, saved: [] });
    expect(plan.ok).toBe(false);
    expect(mac.calls.flat()).not.toContain(name);
  });

  it('a safe listed name is used, quoted for the shell, and passes the policy', async () => {
    const mac = fakeMac(['USB 10/100/1000 LAN', "Bob's Wi-Fi"]);
    const plan = await planRepair('proxy-off', { runner: mac.runner, timeoutMs: 1000, report: deadProxyReport, saved: [] });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.display).toBe("sudo /usr/sbin/networksetup -setsecurewebproxystate 'USB 10/100/1000 LAN' off");
    expect(plan.words).toContain('127.0.0.1:9');
    expect(refuseInvocation('osascript', plan.osascriptArgs)).toBeNull();
    // The script text holds no value: the service name travels only as an argv item.
    expect(plan.osascriptArgs.slice(0, 6).join(' ')).not.toContain('USB');
    expect(plan.saved).toEqual([{ service: 'USB 10/100/1000 LAN', kind: 'secure-web', host: '127.0.0.1', port: 9 }]);
  });

  it('a name the Mac did not list is refused even when its characters are safe', () => {
    expect(serviceNameProblem('Ethernet', ['Wi-Fi'])).toMatch(/not one of the network services/);
  });
});

describe('admin invocation policy', () => {
  const good = buildAdminArgs(PROMPTS['flush-dns'], flushDnsCommands());

  it('allows exactly the built flush-DNS invocation', () => {
    expect(refuseInvocation('osascript', good)).toBeNull();
    expect(good.slice(0, 6)).toEqual([
      '-e',
      'on run argv',
      '-e',
      'do shell script (quoted form of item 2 of argv) & " " & (quoted form of item 3 of argv) & " && " & (quoted form of item 4 of argv) & " " & (quoted form of item 5 of argv) & " " & (quoted form of item 6 of argv) with prompt (item 1 of argv) with administrator privileges',
      '-e',
      'end run',
    ]);
  });

  it.each([
    ['a changed script', good.map((a, i) => (i === 3 ? 'do shell script "id" with administrator privileges' : a))],
    ['an unknown prompt', good.map((a, i) => (i === 6 ? 'Please type your password' : a))],
    ['an extra word', [...good, 'extra']],
    ['another program', buildAdminArgs(PROMPTS['flush-dns'], [{ program: '/bin/sh', args: ['-c', 'id'] }])],
    ['a template with other options', buildAdminArgs(PROMPTS['flush-dns'], [{ program: '/usr/bin/killall', args: ['-9', 'loginwindow'] }])],
    [
      'a time server other than Apple’s',
      buildAdminArgs(PROMPTS['auto-time-on'], [{ program: '/usr/sbin/systemsetup', args: ['-setnetworktimeserver', 'evil.example'] }]),
    ],
    ['a plain -e statement', ['-e', 'do shell script "id" with administrator privileges']],
  ])('refuses %s', (_what, args) => {
    expect(refuseInvocation('osascript', args)).not.toBeNull();
  });
});

describe('reading the administrator prompt', () => {
  it('cancel (-128) is "cancelled", a failing command is "failed" with its reason, exit 0 is done', () => {
    expect(readAdminResult(res('', 1, '0:156: execution error: User canceled. (-128)\n'))).toEqual({ kind: 'cancelled' });
    expect(readAdminResult(res('', 1, '0:200: execution error: ** Error: The parameters were not valid. (4)\n'))).toEqual({
      kind: 'failed',
      reason: '** Error: The parameters were not valid. (4)',
    });
    expect(readAdminResult(res(''))).toEqual({ kind: 'done' });
    expect(readAdminResult({ ...res('', 1), spawnError: 'ENOENT: no osascript' }).kind).toBe('failed');
  });
});
