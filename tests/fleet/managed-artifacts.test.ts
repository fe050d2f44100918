/**
 * The admin artefacts under build/fleet/: the profile, the ProfileCreator manifest and the Jamf Pro
 * schema list exactly the keys the managed-settings schema accepts; every plist parses with
 * @plist/parse and libplist's plistutil; the launchd jobs are scheduled the way laptops need.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parsePlist } from '@plist/parse';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, DOMAIN } from '../../build/fleet/managed/generate';
import { MANAGED_DOMAIN } from '../../electron/service/managed/managed-prefs';
import { MANAGED_KEYS, parseManagedSettings } from '../../shared/managed-settings';
import { haveTool, plistutilParses } from './consumers';

const FLEET = join(__dirname, '../../build/fleet');
const read = (rel: string) => readFileSync(join(FLEET, rel), 'utf8');
const plist = (rel: string) => parsePlist(read(rel)) as Record<string, unknown>;
const sorted = (a: readonly string[]) => [...a].sort();
const notPayload = (k: string) => !k.startsWith('Payload');
const APP_ID = /appId:\s*'([^']+)'/.exec(readFileSync(join(__dirname, '../../build/electron-builder.config.cjs'), 'utf8'))?.[1];

describe('managed-settings artefacts', () => {
  it('use the bundle id of the packaged app as their domain', () => {
    expect(MANAGED_DOMAIN).toBe(APP_ID);
    expect(DOMAIN).toBe(APP_ID);
  });

  it('are up to date with their generator (npm run fleet:managed)', () => {
    for (const [name, make] of Object.entries(ARTEFACTS)) expect(read(`managed/${name}`), name).toBe(make());
  });

  it('the sample .mobileconfig lists exactly the accepted keys, and its values are all valid', () => {
    const profile = plist('managed/appleid-doctor.mobileconfig');
    const payload = (profile.PayloadContent as Record<string, unknown>[])[0]!;
    expect(payload.PayloadType).toBe(APP_ID);
    expect(sorted(Object.keys(payload).filter(notPayload))).toEqual(sorted(MANAGED_KEYS));
    const values = Object.fromEntries(Object.entries(payload).filter(([k]) => notPayload(k)));
    expect(parseManagedSettings(values).problems).toEqual([]);
  });

  it('the ProfileCreator manifest lists exactly the accepted keys', () => {
    const m = plist(`managed/${APP_ID}.manifest.plist`);
    expect(m.pfm_domain).toBe(APP_ID);
    expect(m.pfm_last_modified).toBeInstanceOf(Date);
    const names = (m.pfm_subkeys as { pfm_name: string }[]).map((s) => s.pfm_name).filter(notPayload);
    expect(sorted(names)).toEqual(sorted(MANAGED_KEYS));
  });

  it('the Jamf Pro JSON schema lists exactly the accepted keys and accepts the sample profile values', () => {
    const schema = JSON.parse(read('managed/jamf-pro-schema.json')) as { properties: Record<string, unknown> };
    expect(sorted(Object.keys(schema.properties))).toEqual(sorted(MANAGED_KEYS));
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    const payload = (plist('managed/appleid-doctor.mobileconfig').PayloadContent as Record<string, unknown>[])[0]!;
    expect(validate(Object.fromEntries(Object.entries(payload).filter(([k]) => notPayload(k))))).toBe(true);
    expect(validate({ intervalMinutes: 500 })).toBe(false);
  });

  it('a key the schema does not accept is reported, not silently applied', () => {
    const { managed, problems } = parseManagedSettings({ intervalMinute: 5, intervalMinutes: 0, supportContactEmail: 'it@example.com' });
    expect(managed).toEqual({ supportContactEmail: 'it@example.com' });
    expect(problems).toEqual(['unknown key intervalMinute', expect.stringMatching(/^intervalMinutes /)]);
  });
});

describe('every plist under build/fleet parses', () => {
  const files = ['launchd', 'managed'].flatMap((d) =>
    readdirSync(join(FLEET, d))
      .filter((f) => /\.(plist|mobileconfig)$/.test(f))
      .map((f) => `${d}/${f}`),
  );
  it.each(files)('%s — @plist/parse and plistutil', (rel) => {
    const v = plist(rel);
    expect(typeof v).toBe('object');
    if (haveTool('plistutil')) expect(plistutilParses(join(FLEET, rel)).status).toBe(0);
  });

  it('the BTM sample pre-approves the launchd labels (com.apple.servicemanagement)', () => {
    const p = plist('managed/background-items.mobileconfig');
    const payload = (p.PayloadContent as Record<string, unknown>[])[0]!;
    expect(payload.PayloadType).toBe('com.apple.servicemanagement');
    const rules = payload.Rules as { RuleType: string; RuleValue: string }[];
    for (const label of ['app.appleid-doctor.check', 'app.appleid-doctor.check-user']) {
      expect(rules.some((r) => r.RuleType === 'LabelPrefix' && label.startsWith(r.RuleValue))).toBe(true);
    }
  });
});

describe('launchd templates', () => {
  for (const [file, label] of [
    ['launchd/app.appleid-doctor.check.plist', 'app.appleid-doctor.check'],
    ['launchd/app.appleid-doctor.check-user.plist', 'app.appleid-doctor.check-user'],
  ] as const) {
    it(`${label}: StartCalendarInterval (fires after wake), never StartInterval or KeepAlive, absolute program`, () => {
      const job = plist(file);
      expect(job.Label).toBe(label);
      expect(Array.isArray(job.StartCalendarInterval)).toBe(true);
      expect((job.StartCalendarInterval as unknown[]).length).toBeGreaterThan(0);
      expect(job).not.toHaveProperty('StartInterval');
      expect(job).not.toHaveProperty('KeepAlive');
      for (const a of (job.ProgramArguments as string[]).slice(0, 2)) expect(a.startsWith('/')).toBe(true);
    });
  }
  it('the per-user agent only loads in a GUI session', () => {
    expect(plist('launchd/app.appleid-doctor.check-user.plist').LimitLoadToSessionType).toEqual(['Aqua']);
  });
});

describe('shell scripts are valid POSIX sh', () => {
  const scripts = ['scripts', 'jamf', 'intune', 'kandji', 'workspace-one'].flatMap((d) =>
    readdirSync(join(FLEET, d))
      .filter((f) => f.endsWith('.sh'))
      .map((f) => `${d}/${f}`),
  );
  it.each(scripts)('%s', (rel) => {
    const r = spawnSync('/bin/sh', ['-n', join(FLEET, rel)], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
