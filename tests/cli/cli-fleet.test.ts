/**
 * Black-box: `appleid-doctor check --format … --output FILE` against the simulated Apple network —
 * what a LaunchDaemon leaves on disk for the inventory scripts and collectors, the last-green
 * carry-over across a red run, the exit statuses Kandji reads, and the managed settings file.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse as parsePlist } from '@plist/parse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../electron/cli/args';
import { main } from '../../electron/cli/cli';
import { STAND_IN, violations } from '../engine/faults/loopback-guard';
import { publishedSchemaErrors } from '../fleet/consumers';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';

vi.mock('../../electron/engine/probes/dial', async (orig) => (await import('../engine/faults/loopback-guard')).guardDial(await orig()));

let sim: SimNetwork;
const dir = mkdtempSync(join(tmpdir(), 'aid-cli-fleet-'));
let configPath = '';
const noManaged = { readFile: async () => null };

beforeAll(async () => {
  sim = await startSimNetwork({ answerAddress: STAND_IN, timeouts: { dnsMs: 800, tcpMs: 800, tlsMs: 800, httpMs: 1000, ntpMs: 600, totalMs: 3000 } });
  configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify(sim.config));
});
afterAll(async () => {
  await sim?.close();
  expect(violations).toEqual([]);
});

async function run(argv: string[], managedPrefs: { readFile: (p: string) => Promise<Uint8Array | null> } = noManaged) {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) =>
    new Writable({
      write(c, _e, cb) {
        f(String(c));
        cb();
      },
    });
  const code = await main(argv, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), isTTY: false, env: {}, managedPrefs });
  return { code, out, err };
}

describe('--format and --output', () => {
  it('writes each format atomically with a final line feed, prints nothing, leaves no temp file, exit status = light', async () => {
    await sim.faults.scenario('healthy');
    for (const format of ['json', 'prometheus', 'plist', 'jamf', 'text'] as const) {
      const file = join(dir, `out-${format}`);
      const r = await run(['check', '--config', configPath, '--format', format, '--output', file]);
      expect(r).toMatchObject({ code: 0, out: '', err: '' });
      const text = readFileSync(file, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      if (format === 'json') expect(publishedSchemaErrors(JSON.parse(text))).toEqual([]);
      if (format === 'jamf') expect(text).toBe('<result>green none</result>\n');
      if (format === 'text') expect(text).not.toContain('\u001b[');
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the last green time across a red run (Prometheus and plist), exit 2 with the documented cause', async () => {
    const prom = join(dir, 'appleid_doctor.prom');
    const plist = join(dir, 'report.plist');
    await sim.faults.scenario('healthy');
    expect((await run(['check', '--config', configPath, '--format', 'prometheus', '--output', prom])).code).toBe(0);
    expect((await run(['check', '--config', configPath, '--format', 'plist', '--output', plist])).code).toBe(0);
    const greenAt = Number(/^appleid_doctor_last_green_timestamp_seconds (\d+)$/m.exec(readFileSync(prom, 'utf8'))?.[1]);
    expect(greenAt).toBeGreaterThan(Date.now() / 1000 - 60);
    await sim.faults.scenario('dns-nxdomain');
    expect((await run(['check', '--config', configPath, '--format', 'prometheus', '--output', prom])).code).toBe(2);
    expect((await run(['check', '--config', configPath, '--format', 'plist', '--output', plist])).code).toBe(2);
    const red = readFileSync(prom, 'utf8');
    expect(red).toMatch(/^appleid_doctor_light 2$/m);
    expect(red).toContain(`appleid_doctor_last_green_timestamp_seconds ${greenAt}\n`);
    const p = parsePlist(readFileSync(plist, 'utf8')) as Record<string, unknown>;
    expect(p).toMatchObject({ light: 'red', cause: 'dns.nxdomain', lightLevel: 2, exitCode: 2 });
    expect(Math.abs((p.lastGreenEpoch as number) - greenAt)).toBeLessThanOrEqual(5);
    expect(p.lastGreen).toBeInstanceOf(Date);
    await sim.faults.scenario('healthy');
  });

  it('--from-report renders a saved JSON report in another format without running checks; garbage → exit 66', async () => {
    await sim.faults.scenario('dns-nxdomain');
    const json = join(dir, 'saved.json');
    expect((await run(['check', '--config', configPath, '--format', 'json', '--output', json])).code).toBe(2);
    await sim.faults.scenario('healthy');
    const r = await run(['check', '--from-report', json, '--format', 'jamf']);
    expect(r).toMatchObject({ code: 2, out: '<result>red dns.nxdomain</result>\n', err: '' });
    writeFileSync(join(dir, 'bad.json'), '{"schema":"something-else"}');
    const bad = await run(['check', '--from-report', join(dir, 'bad.json'), '--format', 'jamf']);
    expect(bad.code).toBe(66);
    expect(bad.err).toMatch(/not an appleid-doctor\/report@1 report/);
  });

  it('a directory that does not exist → exit 73 with one line, nothing on stdout', async () => {
    const r = await run(['check', '--config', configPath, '--format', 'prometheus', '--output', join(dir, 'missing', 'x.prom')]);
    expect(r.code).toBe(73);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/cannot write --output .*directory does not exist/);
  });

  it('parses --format/--output; --json is --format json; contradictions and unknown formats are usage errors', () => {
    expect(parseArgs(['check', '--format=prometheus', '--output', '/tmp/a.prom'])).toMatchObject({
      kind: 'run',
      options: { format: 'prometheus', output: '/tmp/a.prom' },
    });
    expect(parseArgs(['--json', '--format', 'json'])).toMatchObject({ kind: 'run' });
    expect(parseArgs(['--json', '--format', 'plist'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['--format', 'yaml'])).toMatchObject({
      kind: 'usage-error',
      values: { formats: expect.stringMatching(/json, text, jamf, prometheus, plist/) },
    });
    expect(parseArgs(['--output'])).toMatchObject({ kind: 'usage-error' });
  });
});

describe('managed settings in the CLI', () => {
  const managedXml = (body: string) =>
    new TextEncoder().encode(
      `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd"><plist version="1.0"><dict>${body}</dict></plist>`,
    );

  it('managed endpoints win over the config file', async () => {
    await sim.faults.scenario('healthy');
    const first = sim.config.endpoints![0]!;
    const body = `<key>endpoints</key><array><dict><key>id</key><string>only-one</string><key>host</key><string>${first.host}</string><key>port</key><integer>${first.port}</integer></dict></array>`;
    const seen: string[] = [];
    const r = await run(['check', '--config', configPath, '--json', '--only', 'signin-endpoints'], {
      readFile: async (p) => {
        seen.push(p);
        return managedXml(body);
      },
    });
    expect(seen).toEqual(['/Library/Managed Preferences/app.appleid-doctor.menubar.plist']);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out);
    expect(report.checks[0].data.endpoints.map((e: { id: string }) => e.id)).toEqual(['only-one']);
  });

  it('an invalid managed value is one clear line on stderr; the run goes on with defaults', async () => {
    const r = await run(['check', '--config', configPath, '--format', 'jamf', '--only', 'dns'], {
      readFile: async () => managedXml('<key>timeouts</key><dict><key>dnsMs</key><string>fast</string></dict>'),
    });
    expect(r.out).toMatch(/^<result>\w+ [\w.]+<\/result>\n$/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/managed settings in .*: ignored timeouts .*defaults apply/);
  });
});
