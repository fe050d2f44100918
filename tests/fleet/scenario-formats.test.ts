/**
 * Every fault-matrix scenario of the simulated Apple network, in every fleet format, checked by the
 * real consumers: the JSON against the published JSON Schema (ajv), the Prometheus text with
 * `promtool check metrics`, the plist with @plist/parse and `plistutil`, the Jamf line by its
 * contract — and one node_exporter reading the textfiles and serving the series.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parsePlist } from '@plist/parse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderReport } from '../../electron/cli/formats/index';
import { WS1_FORBIDDEN } from '../../electron/cli/formats/tokens';
import { runDiagnosis } from '../../electron/engine/run-diagnosis';
import { redactReport } from '../../electron/report/redact';
import type { Report } from '../../shared/report';
import { simConfig, startFaultSim } from '../engine/faults/fault-helpers';
import { resetRoutes, violations } from '../engine/faults/loopback-guard';
import { SCENARIO_LIGHT } from '../sim/scenarios';
import { SIM_SCENARIOS, type SimNetwork, type SimScenario } from '../sim/sim-network';
import { testDeps } from '../sim/test-context';
import { haveTool, plistutilParses, promtoolCheck, publishedSchemaErrors, startNodeExporter } from './consumers';

vi.mock('../../electron/engine/probes/dial', async (orig) => (await import('../engine/faults/loopback-guard')).guardDial(await orig()));

const SCENARIOS = Object.keys(SIM_SCENARIOS) as SimScenario[];
const dir = mkdtempSync(join(tmpdir(), 'aid-fleet-'));
const reports = new Map<SimScenario, Report>();
let sim: SimNetwork;

beforeAll(async () => {
  sim = await startFaultSim({ endpoints: 4, viaProxy: false });
  // One diagnosis per scenario, shared by every format below (each run is seconds on 2 cores).
  for (const name of SCENARIOS) {
    resetRoutes();
    await sim.faults.scenario('healthy');
    await sim.faults.scenario(name);
    reports.set(name, redactReport(await runDiagnosis({ config: simConfig(sim), deps: testDeps() })));
  }
  await sim.faults.scenario('healthy');
}, 180_000);
afterAll(async () => {
  await sim?.close();
  expect(violations).toEqual([]);
});

const render = (name: SimScenario, format: 'json' | 'jamf' | 'prometheus' | 'plist') =>
  renderReport(reports.get(name)!, format, { color: false, version: '0.0.0-test', previous: null });

describe.each(SCENARIOS)('scenario %s', (name) => {
  it('reaches the documented light, and its JSON validates against the published report@1 schema', () => {
    const report = reports.get(name)!;
    expect(report.verdict.light).toBe(SCENARIO_LIGHT[name]);
    expect(publishedSchemaErrors(JSON.parse(render(name, 'json')))).toEqual([]);
  });

  it.runIf(haveTool('promtool'))('Prometheus textfile passes promtool check metrics', () => {
    const text = render(name, 'prometheus');
    const r = promtoolCheck(text);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
    expect(text).toContain(`appleid_doctor_light ${{ green: 0, amber: 1, red: 2 }[SCENARIO_LIGHT[name]]}\n`);
    expect(text).toContain(`appleid_doctor_cause_info{cause="${reports.get(name)!.verdict.primaryCause ?? 'none'}"} 1\n`);
  });

  it('plist parses (XML, @plist/parse and plistutil) with Workspace ONE-safe tokens', () => {
    const text = render(name, 'plist');
    const file = join(dir, `${name}.plist`);
    writeFileSync(file, text);
    const v = parsePlist(text) as Record<string, unknown>;
    const report = reports.get(name)!;
    expect(v).toMatchObject({ light: report.verdict.light, cause: report.verdict.primaryCause ?? 'none', headline: report.verdict.headline });
    for (const k of ['light', 'cause', 'otherCauses', 'failingChecks', 'warningChecks']) expect(String(v[k])).not.toMatch(WS1_FORBIDDEN);
    for (const c of report.checks) expect(v[`check.${c.id}`]).toBe(c.status);
    if (haveTool('plistutil')) expect(plistutilParses(file).status).toBe(0);
  });

  it('Jamf line is one <result> with light and cause tokens', () => {
    const report = reports.get(name)!;
    expect(render(name, 'jamf')).toBe(`<result>${report.verdict.light} ${report.verdict.primaryCause ?? 'none'}</result>\n`);
  });
});

describe.runIf(haveTool('prometheus-node-exporter'))('node_exporter textfile collector', () => {
  it('reads the file and serves the series with node_textfile_scrape_error 0', async () => {
    const textDir = mkdtempSync(join(tmpdir(), 'aid-textfile-'));
    writeFileSync(join(textDir, 'appleid_doctor.prom'), render('dns-nxdomain', 'prometheus'));
    const exporter = await startNodeExporter(textDir);
    try {
      const body = await exporter.scrape();
      expect(body).toMatch(/^node_textfile_scrape_error 0$/m);
      expect(body).toMatch(/^appleid_doctor_light 2$/m);
      expect(body).toMatch(/^appleid_doctor_cause_info\{cause="dns.nxdomain"\} 1$/m);
      expect(body).toMatch(/^appleid_doctor_check_status\{check="dns",status="fail"\} 1$/m);
      expect(body).toMatch(/^appleid_doctor_last_run_timestamp_seconds \d\.\d+e\+09$/m);
      expect(body).toMatch(/^node_textfile_mtime_seconds\{file="[^"]*appleid_doctor\.prom"\} /m);
    } finally {
      await exporter.stop();
    }
  });
});
