/**
 * Reading MDM-managed preferences: XML and binary plists (cfprefsd writes binary), garbage and
 * unreadable files give one line and defaults, managed keys win over the user's and lock them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManagedPrefs } from '../../../electron/service/managed/managed-prefs';
import { withManagedSettings } from '../../../electron/service/managed/managed-store';
import { createSettingsStore } from '../../../electron/service/store/settings-store';
import { DEFAULT_CONFIG } from '../../../shared/config';
import { applyManagedConfig, applyManagedSettings, lockedSettingKeys, managedInfo } from '../../../shared/managed-settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { haveTool } from '../../fleet/consumers';

const SAMPLE = join(__dirname, '../../../build/fleet/managed/app.appleid-doctor.menubar.plist');
const dir = mkdtempSync(join(tmpdir(), 'aid-managed-'));
const xml = (body: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>${body}</dict></plist>`);
const from = (bytes: Uint8Array | null) => readManagedPrefs({ readFile: async () => bytes });

describe('readManagedPrefs', () => {
  it('no file → not managed, nothing to say', async () => {
    expect(await from(null)).toEqual({ managed: {}, present: false, problem: null });
  });

  it('reads the XML sample', async () => {
    const r = await readManagedPrefs({ path: SAMPLE });
    expect(r.problem).toBeNull();
    expect(r.managed).toMatchObject({ intervalMinutes: 15, notifyAppleOutage: false, supportContactEmail: 'it-help@example.com' });
  });

  it.runIf(haveTool('plistutil'))('reads the same settings from a binary plist (as cfprefsd writes them)', async () => {
    const bin = join(dir, 'binary.plist');
    expect(spawnSync('plistutil', ['-i', SAMPLE, '-o', bin, '-f', 'bin']).status).toBe(0);
    expect(readFileSync(bin).subarray(0, 6).toString('latin1')).toBe('bplist');
    const xmlResult = await readManagedPrefs({ path: SAMPLE });
    expect(await readManagedPrefs({ path: bin })).toEqual(xmlResult);
  });

  it('garbage, a truncated binary plist, a non-dictionary → one line, defaults', async () => {
    for (const bytes of [new TextEncoder().encode('hello'), new Uint8Array([0x62, 0x70, 0x6c, 0x69, 0x73, 0x74, 0x30, 0x30, 1, 2]), xml('').subarray(0, 20)]) {
      const r = await from(bytes);
      expect(r.managed).toEqual({});
      expect(r.problem).toMatch(/not a property list, ignored; defaults apply$/);
      expect(r.problem).not.toContain('\n');
    }
    const arr = await from(new TextEncoder().encode('<?xml version="1.0"?><plist version="1.0"><array><string>x</string></array></plist>'));
    expect(arr.problem).toMatch(/not a property list/);
  });

  it('an unreadable file is one line, never a throw', async () => {
    const r = await readManagedPrefs({
      readFile: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    });
    expect(r).toMatchObject({ managed: {}, present: true });
    expect(r.problem).toMatch(/cannot be read \(EACCES\); defaults apply/);
  });

  it('invalid values are named in one line and left out; valid neighbours still apply', async () => {
    const r = await from(
      xml(
        '<key>intervalMinutes</key><integer>0</integer><key>notifyRestored</key><string>yes</string><key>supportContactEmail</key><string>not-mail</string><key>notifyUnreachable</key><false/><key>endpoints</key><array><dict><key>id</key><string>a</string><key>host</key><string>h</string></dict><dict><key>id</key><string>a</string><key>host</key><string>g</string></dict></array>',
      ),
    );
    expect(r.managed).toEqual({ notifyUnreachable: false });
    expect(r.problem?.split('\n')).toHaveLength(1);
    expect(r.problem).toMatch(/ignored intervalMinutes .*; notifyRestored .*; supportContactEmail .*; endpoints ids must be unique/);
  });
});

describe('managed keys win and lock', () => {
  it('over the user settings, keeping the clock thresholds ordered', () => {
    const user = { ...DEFAULT_SETTINGS, intervalMinutes: 60, clockWarnSeconds: 100, clockFailSeconds: 200 };
    expect(applyManagedSettings(user, { intervalMinutes: 10, clockFailSeconds: 50 })).toMatchObject({
      intervalMinutes: 10,
      clockFailSeconds: 50,
      clockWarnSeconds: 49,
    });
    expect(lockedSettingKeys({ intervalMinutes: 10 })).toEqual(['intervalMinutes']);
    expect(lockedSettingKeys({ allowUserSettings: false })).toEqual(Object.keys(DEFAULT_SETTINGS));
    expect(managedInfo({})).toBeNull();
    expect(managedInfo({ supportContactName: 'IT' })).toEqual({ locked: [], supportContact: { name: 'IT', email: null, url: null, phone: null } });
  });

  it('over the engine config (endpoints, timeouts, clock)', () => {
    const c = applyManagedConfig(DEFAULT_CONFIG, {
      endpoints: [{ id: 'x', host: 'idmsa.apple.com', port: 443, path: '/' }],
      timeouts: { dnsMs: 900 },
      clockWarnSeconds: 20,
    });
    expect(c.endpoints.map((e) => e.id)).toEqual(['x']);
    expect(c.timeouts).toEqual({ ...DEFAULT_CONFIG.timeouts, dnsMs: 900 });
    expect(c.clock).toEqual({ warnMs: 20_000, failMs: DEFAULT_CONFIG.clock.failMs });
    expect(applyManagedConfig(DEFAULT_CONFIG, {})).toEqual(DEFAULT_CONFIG);
  });

  it('the store refuses a change to a locked key, keeps the user’s own value underneath, allows the others', () => {
    const store = withManagedSettings(createSettingsStore(mkdtempSync(join(dir, 's-'))), { intervalMinutes: 15 });
    expect(store.get().intervalMinutes).toBe(15);
    expect(() => store.set({ intervalMinutes: 30 })).toThrow('intervalMinutes is managed by your organisation');
    expect(store.set({ notifyRestored: false })).toMatchObject({ notifyRestored: false, intervalMinutes: 15 });
    const everything = withManagedSettings(createSettingsStore(mkdtempSync(join(dir, 's-'))), { allowUserSettings: false });
    expect(() => everything.set({ notifyRestored: false })).toThrow(/managed by your organisation/);
  });
});
