import { beforeEach, describe, expect, it } from 'vitest';
import * as electron from '../../__mocks__/electron';
import { APP_PATHS, createElectronActionRunner } from '../../electron/shell/action-runner';
import { createSafeOpener } from '../../electron/shell/external';
import { writeReportFile } from '../../electron/shell/report-file';
import { SETTINGS_PANE_FALLBACK_URLS, SETTINGS_PANE_URLS } from '../../shared/fix-catalog';

beforeEach(() => electron.__resetElectronMock());

const runner = () =>
  createElectronActionRunner({ opener: createSafeOpener(electron.shell as never), shell: electron.shell as never, clipboard: electron.clipboard as never });

describe('safe opener (shell.openExternal allow-list)', () => {
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://attacker/share',
    'http://support.apple.com/',
    'https://support.apple.com.evil.example/',
    'https://evil.example/?u=https://support.apple.com',
    'https://user@support.apple.com/',
    'https://support.apple.com:8443/',
    'x-apple.systempreferences:com.apple.Network-Settings.extension',
  ])('refuses %s', async (url) => {
    expect(await createSafeOpener(electron.shell as never).openUrl(url)).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens Apple support pages', async () => {
    expect(await createSafeOpener(electron.shell as never).openUrl('https://support.apple.com/en-us/102640')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://support.apple.com/en-us/102640');
  });

  it('opens settings panes from the fixed table, falling back on older macOS', async () => {
    electron.shell.openExternal.mockRejectedValueOnce(new Error('unknown pane'));
    expect(await createSafeOpener(electron.shell as never).openSettingsPane('menu-bar')).toBe(true);
    expect(electron.shell.openExternal.mock.calls.map((c) => c[0])).toEqual([SETTINGS_PANE_URLS['menu-bar'], SETTINGS_PANE_FALLBACK_URLS['menu-bar']![0]]);
    expect(await createSafeOpener(electron.shell as never).openSettingsPane('no-such-pane' as never)).toBe(false);
  });
});

describe('Electron action runner', () => {
  it('open-settings opens the x-apple.systempreferences URL of the pane', async () => {
    const r = await runner().run({ kind: 'open-settings', pane: 'date-time', label: 'Open Date & Time' });
    expect(r.ok).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith(SETTINGS_PANE_URLS['date-time']);
    expect(SETTINGS_PANE_URLS['date-time']).toMatch(/^x-apple\.systempreferences:/);
  });

  it('open-url refuses anything off the allow-list even if it reached the runner', async () => {
    expect(await runner().run({ kind: 'open-url', url: 'https://evil.example/', label: 'x' })).toMatchObject({ ok: false });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('copy-command writes the clipboard and runs nothing', async () => {
    const r = await runner().run({
      kind: 'copy-command',
      command: 'sudo sntp -sS time.apple.com',
      label: 'Copy',
      note: 'Sets the clock once; needs an administrator password.',
    });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('clipboard') });
    expect(r.clipboardText).toBeUndefined();
    expect(electron.clipboard.writeText).toHaveBeenCalledWith('sudo sntp -sS time.apple.com');
    expect(electron.shell.openPath).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('open-app tries the Keychain Access path of each macOS version in turn', async () => {
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path');
    const r = await runner().run({ kind: 'open-app', app: 'keychain-access', label: 'Open Keychain Access' });
    expect(r).toEqual({ ok: true, message: 'Opened Keychain Access.' });
    expect(electron.shell.openPath.mock.calls.map((c) => c[0])).toEqual([...APP_PATHS['keychain-access']]);
  });
});

describe('Open Report… file', () => {
  it('writes the redacted markdown export to a private temp file', async () => {
    const { mkdtempSync, readFileSync, statSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const invoke = async () => ({ filename: 'r.md', mime: 'text/markdown' as const, text: '# Report\n' });
    const file = await writeReportFile({ invoke } as never, dir, Date.UTC(2026, 0, 1));
    expect(file).toBe(join(dir, 'appleid-doctor-report-2026-01-01T00-00-00-000Z.md'));
    expect(readFileSync(file, 'utf8')).toBe('# Report\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
