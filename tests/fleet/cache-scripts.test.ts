/**
 * The shipped scripts, run for real with /bin/sh: the LaunchDaemon wrapper leaves report.json,
 * report.plist and appleid_doctor.prom from ONE probe run (against a local simulated network), and
 * the Jamf / Intune / Kandji / Workspace ONE scripts only read that cache and say "stale" once it is
 * older than the bound. macOS's PlistBuddy is replaced by a shim that reads the plist with @plist/parse.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parsePlist } from '@plist/parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';
import { haveTool, promtoolCheck, publishedSchemaErrors } from './consumers';

const ROOT = resolve(__dirname, '../..');
const FLEET = join(ROOT, 'build/fleet');
const dir = mkdtempSync(join(tmpdir(), 'aid-cache-'));
const cache = join(dir, 'cache');
let sim: SimNetwork;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  // A sim answering 127.0.0.1: the child processes have no dial guard, so they must only ever be told loopback addresses.
  sim = await startSimNetwork();
  const config = join(dir, 'config.json');
  writeFileSync(config, JSON.stringify(sim.config));
  const cli = join(dir, 'appleid-doctor');
  writeFileSync(cli, `#!/bin/sh\nexec "${process.execPath}" "${ROOT}/node_modules/tsx/dist/cli.mjs" "${ROOT}/electron/cli/cli.ts" "$@" --config "${config}"\n`);
  const buddy = join(dir, 'PlistBuddy');
  writeFileSync(
    buddy,
    `#!${process.execPath}
const { parse } = require(${JSON.stringify(join(ROOT, 'node_modules/@plist/parse/lib/cjs/index.js'))});
const [cmd, file] = process.argv.slice(3);
const v = parse(require('node:fs').readFileSync(file, 'utf8'))[cmd.replace(/^Print :/, '')];
if (v === undefined) { console.error('Print: Entry, ":x", Does Not Exist'); process.exit(1); }
console.log(String(v));
`,
  );
  chmodSync(cli, 0o755);
  chmodSync(buddy, 0o755);
  env = { PATH: process.env.PATH, HOME: dir, APPLEID_DOCTOR_CLI: cli, APPLEID_DOCTOR_CACHE: cache, PLISTBUDDY: buddy };
}, 60_000);
afterAll(async () => {
  await sim?.close();
});

const sh = (rel: string, extra: NodeJS.ProcessEnv = {}, args: string[] = []) =>
  spawnSync('/bin/sh', [join(FLEET, rel), ...args], { env: { ...env, ...extra }, encoding: 'utf8', timeout: 60_000 });

/** Async (the simulated network answers from this process: a blocking spawn would starve it). */
function shAsync(rel: string): Promise<{ status: number | null; stderr: string }> {
  const child = spawn('/bin/sh', [join(FLEET, rel)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  return new Promise((done) => child.on('close', (status) => done({ status, stderr })));
}

describe('the LaunchDaemon wrapper and the inventory scripts', () => {
  it('writes all three caches from one run, each one consistent with the others', async () => {
    const r = await shAsync('scripts/appleid-doctor-cache.sh');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(cache, 'report.json'), 'utf8'));
    expect(publishedSchemaErrors(report)).toEqual([]);
    const p = parsePlist(readFileSync(join(cache, 'report.plist'), 'utf8')) as Record<string, unknown>;
    expect(p.light).toBe(report.verdict.light);
    expect(p.lastRunEpoch).toBe(Math.round((Date.parse(report.startedAt) + report.durationMs) / 1000));
    const prom = readFileSync(join(cache, 'appleid_doctor.prom'), 'utf8');
    expect(prom).toContain(`appleid_doctor_last_run_timestamp_seconds ${p.lastRunEpoch}\n`);
    if (haveTool('promtool')) expect(promtoolCheck(prom).status).toBe(0);
  }, 90_000);

  it('Jamf, Intune, Workspace ONE and Kandji read the fresh cache', () => {
    const p = parsePlist(readFileSync(join(cache, 'report.plist'), 'utf8')) as Record<string, string | number>;
    const verdict = `${p.light} ${p.cause}`;
    expect(sh('jamf/ea-verdict.sh').stdout).toBe(`<result>${verdict}</result>\n`);
    expect(sh('jamf/ea-last-run.sh').stdout).toBe(`<result>${new Date(Number(p.lastRunEpoch) * 1000).toISOString().slice(0, 19).replace('T', ' ')}</result>\n`);
    expect(sh('intune/custom-attribute.sh')).toMatchObject({ stdout: `${verdict}\n`, status: 0 });
    expect(sh('workspace-one/sensor.sh').stdout).toBe(`${verdict}\n`);
    const k = sh('kandji/custom-script.sh');
    expect(k.status).toBe(p.exitCode);
    expect(k.stdout).toContain(verdict);
  });

  it('say "stale" once the cache is older than the bound, "missing" without one — Kandji alerts on both', () => {
    const plist = join(cache, 'report.plist');
    const text = readFileSync(plist, 'utf8');
    writeFileSync(plist, text.replace(/(<key>lastRunEpoch<\/key>\s*<integer>)\d+/, `$1${Math.round(Date.now() / 1000) - 3 * 3600}`));
    utimesSync(plist, new Date(), new Date());
    expect(sh('jamf/ea-verdict.sh').stdout).toBe('<result>stale</result>\n');
    expect(sh('intune/custom-attribute.sh').stdout).toBe('stale\n');
    expect(sh('workspace-one/sensor.sh').stdout).toBe('stale\n');
    expect(sh('kandji/custom-script.sh').status).toBe(3);
    expect(sh('jamf/ea-verdict.sh', { APPLEID_DOCTOR_MAX_AGE: String(4 * 3600) }).stdout).not.toContain('stale');
    expect(sh('jamf/ea-verdict.sh', { APPLEID_DOCTOR_CACHE: join(dir, 'nowhere') }).stdout).toBe('<result>missing</result>\n');
    expect(sh('kandji/custom-script.sh', { APPLEID_DOCTOR_CACHE: join(dir, 'nowhere') }).status).toBe(3);
    writeFileSync(plist, text);
  });
});
