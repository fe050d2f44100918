/**
 * Black-box: `appleid-doctor fix …` on the simulated Apple network with a dead system proxy
 * (shims for networksetup/scutil, tests/e2e/support/repair-shims.ts) and the shimmed
 * administrator prompt (osascript: records its argv, cancels once when asked to). Argv, stdin and
 * a TTY flag go in; stdout, stderr, the exit status, the shims' state and the steps log come out.
 * The same run order as a person: list, dry run, refuse, cancel, fix, list again, put it back.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../electron/cli/cli';
import type { StepRecord } from '../../shared/repairs';
import { macShimConfig } from '../e2e/support/mac-shims';
import { type RepairMac, repairMac } from '../e2e/support/repair-shims';
import { violations } from '../engine/faults/loopback-guard';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';

// Nothing may be dialled off loopback (the guard records any attempt).
vi.mock('../../electron/engine/probes/dial', async (orig) => (await import('../engine/faults/loopback-guard')).guardDial(await orig()));

let sim: SimNetwork;
let mac: RepairMac;
let dir: string;
let configPath: string;
let dataDir: string;

beforeAll(async () => {
  sim = await startSimNetwork({ timeouts: { dnsMs: 800, tcpMs: 800, tlsMs: 800, httpMs: 1000, ntpMs: 600, totalMs: 3000 } });
  mac = await repairMac();
  dir = await mkdtemp(join(tmpdir(), 'aid-cli-fix-'));
  dataDir = join(dir, 'data');
  configPath = join(dir, 'config.json');
  await writeFile(configPath, JSON.stringify(await mac.config({ ...sim.config, ...(await macShimConfig()) })));
});
afterAll(async () => {
  await sim?.close();
  await rm(dir, { recursive: true, force: true });
  expect(violations).toEqual([]);
});

interface Run {
  code: number;
  out: string;
  err: string;
}

function sink(into: { text: string }): Writable {
  return new Writable({
    write(c, _e, cb) {
      into.text += String(c);
      cb();
    },
  });
}

/** Run the CLI; `answer` is typed at a terminal (stdin a TTY), undefined = no terminal. */
async function fix(args: string[], answer?: string, config = configPath): Promise<Run> {
  const out = { text: '' };
  const err = { text: '' };
  const code = await main(['fix', ...args, '--config', config, '--data-dir', dataDir], {
    stdout: sink(out),
    stderr: sink(err),
    isTTY: answer !== undefined,
    env: {},
    ...(answer !== undefined ? { stdin: Readable.from([answer]), stdinIsTTY: true } : {}),
  });
  return { code, out: out.text, err: err.text };
}

async function steps(): Promise<StepRecord[]> {
  try {
    return (await readFile(join(dataDir, 'steps.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as StepRecord);
  } catch {
    return [];
  }
}

const proxyOn = () => existsSync(join(mac.state, 'proxy-on'));
const osascriptRan = () => existsSync(join(mac.state, 'last-osascript-args'));
const COMMAND = 'sudo /usr/sbin/networksetup -setsecurewebproxystate Wi-Fi off';

describe('appleid-doctor fix with a dead system proxy', () => {
  it('lists the repair the fix plan offers, with its words and exact command; exit 2 (red, as check)', async () => {
    const r = await fix([]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^One repair applies to what the check found: /);
    expect(r.out).toMatch(/proxy-off {2}Turn off the proxy/);
    expect(r.out).toContain('Turns off the secure web proxy (HTTPS) 127.0.0.1:9 on “Wi-Fi”.');
    expect(r.out).toContain(COMMAND);
    expect(r.out).toContain('appleid-doctor fix ID');
    const json = JSON.parse((await fix(['--json'])).out);
    expect(json).toMatchObject({ schema: 'appleid-doctor/fix@1', mode: 'list', light: 'red', primaryCause: 'proxy.down' });
    expect(json.repairs).toEqual([expect.objectContaining({ id: 'proxy-off', command: COMMAND, manual: null, admin: true, cardId: expect.any(String) })]);
    expect(osascriptRan()).toBe(false);
  }, 60_000);

  it('--dry-run prints exactly what would run and changes nothing', async () => {
    const r = await fix(['proxy-off', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dry run — nothing was changed.');
    expect(r.out).toContain(`    ${COMMAND}\n`);
    expect(osascriptRan()).toBe(false);
    expect(proxyOn()).toBe(true);
    expect(JSON.parse((await fix(['proxy-off', '--dry-run', '--json'])).out)).toMatchObject({
      mode: 'dry-run',
      outcome: 'would-run',
      command: COMMAND,
      exitCode: 0,
    });
    expect(await steps()).toEqual([]);
  }, 60_000);

  it('without a terminal and without --yes it refuses before anything runs (exit 64)', async () => {
    const r = await fix(['proxy-off']);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(/refusing to change this Mac without asking.*--yes/);
    expect(r.out).toBe('');
    expect(osascriptRan()).toBe(false);
  });

  it('a "no" at the prompt changes nothing (exit 3) and the administrator prompt never opens', async () => {
    const r = await fix(['proxy-off'], 'n\n');
    expect(r.out).toContain(`This exact command will run as administrator; macOS asks for your password first:\n    ${COMMAND}\nGo ahead? [y/N] `);
    expect(r.out).toMatch(/Nothing was changed\.\n$/);
    expect(r.code).toBe(3);
    expect(osascriptRan()).toBe(false);
    expect(proxyOn()).toBe(true);
  }, 60_000);

  it('a cancelled password prompt says "Nothing was changed" (exit 3) and is in the steps log', async () => {
    await writeFile(join(mac.state, 'cancel'), '');
    const r = await fix(['proxy-off', '--yes']);
    expect(r.out).toContain('Nothing was changed: the password prompt was cancelled.');
    expect(r.code).toBe(3);
    expect(osascriptRan()).toBe(true);
    expect(proxyOn()).toBe(true);
    expect((await steps()).map((s) => [s.kind, s.text])).toEqual([['repair', '“Turn off the proxy”: password prompt cancelled — nothing was changed']]);
  }, 60_000);

  it('a "yes" runs it through the admin prompt, re-checks and says Fixed (exit 0); run and re-check are logged', async () => {
    const before = (await steps()).length;
    const r = await fix(['proxy-off'], 'y\n');
    expect(r.out).toContain('Waiting for the macOS password prompt…');
    expect(r.out).toMatch(/Checking again: .+…/);
    expect(r.out).toContain('Fixed — Apple’s sign-in servers answer again.');
    expect(r.out).toContain('To put it back: appleid-doctor fix proxy-on');
    expect(r.code).toBe(0);
    expect(proxyOn()).toBe(false);
    const argv = (await readFile(join(mac.state, 'last-osascript-args'), 'utf8')).split('\n');
    expect(argv.slice(6, 11)).toEqual([
      'appleid-doctor wants to turn off a proxy that does not answer.',
      '/usr/sbin/networksetup',
      '-setsecurewebproxystate',
      'Wi-Fi',
      'off',
    ]);
    const added = (await steps()).slice(before);
    expect(added.map((s) => s.kind).sort()).toEqual(['rechecked', 'repair']);
    expect(added.find((s) => s.kind === 'repair')).toMatchObject({ light: 'green', text: expect.stringMatching(/^“Turn off the proxy” ran — Fixed/) });
    expect(added.find((s) => s.kind === 'rechecked')).toMatchObject({ light: 'green' });
    for (const s of added) expect(Date.parse(s.at)).toBeGreaterThan(Date.now() - 120_000);
  }, 60_000);

  it('afterwards the list offers only the way back (exit 0, green), and putting the dead proxy back is "still wrong" (exit 1)', async () => {
    const json = JSON.parse((await fix(['--json'])).out);
    expect(json).toMatchObject({ light: 'green' });
    expect(json.repairs.map((r: { id: string }) => r.id)).toEqual(['proxy-on']);
    expect(json.repairs[0].command).toBe('sudo /usr/sbin/networksetup -setsecurewebproxy Wi-Fi 127.0.0.1 9');
    const back = await fix(['proxy-on', '--yes', '--json']);
    expect(JSON.parse(back.out)).toMatchObject({ mode: 'run', repair: 'proxy-on', outcome: 'not-fixed', lightAfter: 'red', exitCode: 1 });
    expect(JSON.parse(back.out).message).toMatch(/^Still wrong — /);
    expect(back.code).toBe(1);
    expect(proxyOn()).toBe(true);
  }, 60_000);

  it('a repair that does not apply to what the check found changes nothing (exit 5)', async () => {
    const r = await fix(['auto-time-on', '--dry-run']);
    expect(r.code).toBe(5);
    expect(r.out).toMatch(/“Set the time automatically” does not apply to what the check found: .+\. Nothing was changed\.\nRepairs that apply: proxy-off/);
  }, 60_000);
});

describe('appleid-doctor fix, the edges', () => {
  it('on another OS it says plainly that repairs need macOS (exit 69), without running a check', async () => {
    const linux = join(dir, 'linux.json');
    await writeFile(linux, JSON.stringify({ ...sim.config, platform: 'linux' }));
    const r = await fix(['flush-dns', '--yes'], undefined, linux);
    expect(r.code).toBe(69);
    expect(r.err).toMatch(/^Repairs need macOS: .*This computer runs Linux; nothing was changed\.\n$/);
    expect((await fix([], undefined, linux)).code).toBe(69);
  });

  it.each([
    [['bogus'], /unknown repair "bogus" \(known: flush-dns, proxy-off, proxy-on, auto-time-on\)/],
    [['--dry-run'], /--dry-run needs a repair id/],
    [['flush-dns', '--yes=false'], /--yes takes no value/],
    [['flush-dns', 'proxy-off'], /one repair at a time/],
    [['flush-dns', '--dry-run', '--yes'], /contradict/],
  ])('usage error %j → exit 64, one line', async (args, message) => {
    const r = await fix(args);
    expect(r.code).toBe(64);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('--help lists the repairs and documents the exit statuses', async () => {
    const out = { text: '' };
    const code = await main(['fix', '--help'], { stdout: sink(out), stderr: sink({ text: '' }), isTTY: false, env: {} });
    expect(code).toBe(0);
    expect(out.text).toContain('Repairs: flush-dns, proxy-off, proxy-on, auto-time-on');
    expect(out.text).toMatch(/0 fixed, 1 still wrong, 2 the repair failed, 3 nothing was changed/);
  });
});
