/**
 * The README's Prometheus recipe is copy-paste ready: `promtool check rules` accepts it, and
 * `promtool test rules` shows it fires after 15 minutes of red — not after 10, not for amber.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveTool } from './consumers';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const rules = /```yaml\n(groups:[\s\S]*?)```/.exec(README)?.[1] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'aid-rules-'));

describe.runIf(haveTool('promtool'))('README "red for 15 minutes" alert rule', () => {
  it('is valid', () => {
    expect(rules).toContain('appleid_doctor_light == 2');
    writeFileSync(join(dir, 'rules.yml'), rules);
    const r = spawnSync('promtool', ['check', 'rules', join(dir, 'rules.yml')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
  });

  it('fires after 15 minutes of red only', () => {
    writeFileSync(join(dir, 'rules.yml'), rules);
    writeFileSync(
      join(dir, 'test.yml'),
      `rule_files: [rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'appleid_doctor_light{instance="mac-red"}'
        values: '2x30'
      - series: 'appleid_doctor_light{instance="mac-amber"}'
        values: '1x30'
      - series: 'appleid_doctor_cause_info{instance="mac-red",cause="dns.nxdomain"}'
        values: '1x30'
      - series: 'appleid_doctor_last_run_timestamp_seconds{instance="mac-red"}'
        values: '0+60x30'
      - series: 'appleid_doctor_last_run_timestamp_seconds{instance="mac-amber"}'
        values: '0+60x30'
    alert_rule_test:
      - eval_time: 10m
        alertname: AppleSignInRed
        exp_alerts: []
      - eval_time: 16m
        alertname: AppleSignInRed
        exp_alerts:
          - exp_labels: { severity: page, instance: mac-red }
            exp_annotations:
              summary: "mac-red cannot sign in to Apple Account"
              description: "cause: dns.nxdomain"
      - eval_time: 20m
        alertname: AppleIdDoctorStale
        exp_alerts: []
`,
    );
    const r = spawnSync('promtool', ['test', 'rules', 'test.yml'], { cwd: dir, encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });
});
