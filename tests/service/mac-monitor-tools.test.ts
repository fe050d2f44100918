/**
 * What the monitor starts on a healthy Mac, cycle after cycle: the real app core and engine on
 * the simulated network, with the macOS tools replaced by shims that print recorded output
 * (tests/e2e/support/mac-shims.ts). Between full runs a timer cycle starts none of the macOS
 * tools, `log show` included; a full run starts every one of them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRealDeps } from '../../electron/engine/deps';
import type { CommandRunner } from '../../electron/engine/types';
import { resolveConfig } from '../../shared/config';
import type { Report } from '../../shared/report';
import { macShimConfig } from '../e2e/support/mac-shims';
import { type SimNetwork, startSimNetwork } from '../sim/sim-network';
import { scheduledCore } from './monitor/scheduled-core';

/** Tools only the macOS checks start (the network checks start none with `proxy: "direct"`). */
const MAC_ONLY = ['log', 'socketfilterfw', 'systemsetup', 'security', 'defaults', 'sw_vers', 'sysctl'];

describe('the monitor on a healthy Mac', () => {
  let sim: SimNetwork;
  let dataDir: string;
  beforeAll(async () => {
    sim = await startSimNetwork({ endpoints: 1, comparisonDns: false });
    dataDir = await mkdtemp(join(tmpdir(), 'appleid-doctor-mac-monitor-'));
  });
  afterAll(async () => {
    await sim?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the macOS tools on full runs only: once per log window, not every five minutes', { timeout: 60_000 }, async () => {
    const resolved = resolveConfig({ ...sim.config, ...(await macShimConfig()) });
    if (!resolved.ok) throw new Error(resolved.errors.join('; '));
    const real = createRealDeps(resolved.config);
    let tools: string[] = [];
    const runner: CommandRunner = {
      run: (tool, args, opts) => {
        tools.push(tool);
        return real.runner.run(tool, args, opts);
      },
    };
    const { core, start, next } = scheduledCore({ config: resolved.config, engineDeps: { ...real, runner }, dataDir });
    const cycles: { tools: string[]; light: string; carried: number; carriedIds: string[] }[] = [];
    const record = async (run: () => Promise<Report>): Promise<void> => {
      tools = [];
      const report = await run();
      const carried = report.checks.filter((c) => c.measuredAt);
      cycles.push({ tools, light: report.verdict.light, carried: carried.length, carriedIds: carried.map((c) => c.id).sort() });
    };
    await record(start);
    for (let i = 1; i < 7; i++) await record(next);
    await core.stop();

    expect(cycles.map((c) => c.light)).toEqual(Array(7).fill('green'));
    const macTools = cycles.map((c) => c.tools.filter((t) => MAC_ONLY.includes(t)));
    const full = macTools[0]!;
    expect(full).toEqual(expect.arrayContaining(['log', 'socketfilterfw', 'systemsetup', 'security']));
    // start, then two timer cycles without the Mac's tools, then a full run, and so on.
    expect(macTools.map((t) => (t.length === 0 ? 'network only' : 'full'))).toEqual([
      'full',
      'network only',
      'network only',
      'full',
      'network only',
      'network only',
      'full',
    ]);
    expect(macTools[3]!.sort()).toEqual([...full].sort());
    // A network-only cycle still shows every check: the carried ones say when they were measured.
    expect(cycles[1]!.carried).toBeGreaterThan(5);
    // A full run measures all but the clock and the captive portal, which it carries within the hour.
    expect(cycles[3]!.carried).toBe(2);
    expect(cycles[3]!.carriedIds).toEqual(['captive-portal', 'clock']);
  });
});
