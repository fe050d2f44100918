/**
 * Black-box runs: `platform: "darwin"` and `toolPaths` pointing at the shims in
 * tests/fixtures/bin (bash scripts printing real samples), through the real command runner —
 * first via the engine, then via the CLI as a separate process (`check --json --config FILE`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/engine/deps';
import { runDiagnosis } from '../../../electron/engine/run-diagnosis';
import { createCommandRunner } from '../../../electron/engine/system/command-runner';
import type { CheckId } from '../../../shared/checks';
import { TOOL_DEFAULTS } from '../../../shared/config';
import { findCheck, type Report } from '../../../shared/report';
import { config, SHIMS } from './helpers';

const MAC_CHECKS: CheckId[] = ['proxy', 'vpn', 'dns-config', 'keychain', 'macos', 'firewall', 'time-settings', 'account'];
const toolPaths = Object.fromEntries(Object.keys(TOOL_DEFAULTS).map((t) => [t, path.join(SHIMS, t)]));
const tmp = mkdtempSync(path.join(tmpdir(), 'appleid-doctor-bb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The facts every run must report from the shims' samples. */
function expectParsedFacts(report: Report): void {
  expect(report.platform.macosProbes).toBe(true);
  expect(findCheck(report, 'proxy')).toMatchObject({
    status: 'pass',
    data: { exceptions: ['*.local', '169.254/16'], https: { enabled: false }, route: { kind: 'direct' } },
  });
  expect(findCheck(report, 'vpn')).toMatchObject({ data: { services: [{ name: 'My VPN', type: 'PPP:L2TP', state: 'Disconnected' }], active: [] } });
  const dns = findCheck(report, 'dns-config');
  expect(dns).toMatchObject({ status: 'pass', data: { appleCapturedBy: [] } });
  expect(dns?.data.resolvers?.filter((r) => r.supplemental).map((r) => r.domain)).toEqual(['dev.example.com', 'sandbox.example.com', 'services.example.com']);
  expect(findCheck(report, 'keychain')).toMatchObject({ status: 'pass', data: { items: [], duplicates: [], stale: [] } });
  expect(findCheck(report, 'macos')).toMatchObject({ status: 'pass', data: { productName: 'macOS', productVersion: '15.7.4', buildVersion: '24G517' } });
  expect(findCheck(report, 'firewall')).toMatchObject({ status: 'warn', cause: 'firewall.block_all', data: { enabled: true, blockAll: true, stealth: false } });
  expect(findCheck(report, 'time-settings')).toMatchObject({ status: 'skip', data: { automatic: null } });
  expect(findCheck(report, 'account')).toMatchObject({ status: 'pass', data: { signedIn: true } });
}

describe('black-box: shims through the real runner', () => {
  it('the engine reports the parsed facts under the check ids', async () => {
    const cfg = config({ toolPaths });
    const report = await runDiagnosis({
      config: cfg,
      deps: {
        clock: systemClock,
        runner: createCommandRunner({ toolPaths: cfg.toolPaths }),
        network: { interfaces: async () => [{ iface: 'en0', addresses: ['192.0.2.10'], isDefault: true, up: true }] },
        env: {},
      },
      only: MAC_CHECKS,
    });
    expect(report.checks.map((c) => c.id).sort()).toEqual([...MAC_CHECKS].sort());
    expectParsedFacts(report);
    expect(findCheck(report, 'vpn')).toMatchObject({ status: 'pass', data: { defaultRouteViaTunnel: false } });
    expect(findCheck(report, 'account')?.data.accountId).toBe('<apple-id-email>');
    // The model identifier goes into the macos evidence and the report's platform (support report).
    expect(findCheck(report, 'macos')?.data.model).toBe('Mac14,2');
    expect(report.platform.model).toBe('Mac14,2');
  });

  it('`appleid-doctor check --json --config FILE` (a separate process) reports them too, account id redacted', async () => {
    const file = path.join(tmp, 'config.json');
    writeFileSync(file, JSON.stringify({ platform: 'darwin', toolPaths }));
    const cli = path.resolve(SHIMS, '..', '..', '..', 'electron', 'cli', 'cli.ts');
    const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', cli, 'check', '--json', '--config', file, '--only', MAC_CHECKS.join(',')],
        { timeout: 60_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp } },
        (err, out) => resolve({ stdout: out, code: err ? ((err as { code?: number }).code ?? null) : 0 }),
      );
    });
    const report = JSON.parse(stdout) as Report;
    expectParsedFacts(report);
    expect(findCheck(report, 'account')?.data.accountId).not.toBe('<apple-id-email>');
    expect(stdout).not.toContain('<apple-id-email>');
    // Amber: the block-all firewall is a warning.
    expect(code).toBe(1);
  }, 60_000);
});
