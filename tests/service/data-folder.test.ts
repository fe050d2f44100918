/**
 * Taking over the product-named data folder of earlier builds (electron/service/data-folder.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptLegacyDataFolder, DATA_FOLDER, LEGACY_DATA_FOLDER } from '../../electron/service/data-folder';

const dirs: string[] = [];
function appData(withLegacy: boolean, withCurrent = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'appleid-doctor-appdata-'));
  dirs.push(dir);
  if (withLegacy) {
    mkdirSync(join(dir, LEGACY_DATA_FOLDER));
    writeFileSync(join(dir, LEGACY_DATA_FOLDER, 'settings.json'), '{"intervalMinutes":10}');
  }
  if (withCurrent) {
    mkdirSync(join(dir, DATA_FOLDER));
    writeFileSync(join(dir, DATA_FOLDER, 'settings.json'), '{"intervalMinutes":5}');
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the data folder of earlier builds', () => {
  it('is moved to the shared folder once, with what it holds', () => {
    const dir = appData(true);
    expect(adoptLegacyDataFolder(dir)).toBe('moved');
    expect(existsSync(join(dir, LEGACY_DATA_FOLDER))).toBe(false);
    expect(readFileSync(join(dir, DATA_FOLDER, 'settings.json'), 'utf8')).toBe('{"intervalMinutes":10}');
    expect(adoptLegacyDataFolder(dir)).toBe('none');
  });

  it('is never merged into or written over a folder that already exists', () => {
    const dir = appData(true, true);
    expect(adoptLegacyDataFolder(dir)).toBe('both-kept');
    expect(readFileSync(join(dir, DATA_FOLDER, 'settings.json'), 'utf8')).toBe('{"intervalMinutes":5}');
    expect(readFileSync(join(dir, LEGACY_DATA_FOLDER, 'settings.json'), 'utf8')).toBe('{"intervalMinutes":10}');
  });

  it('nothing to move: nothing is created', () => {
    const dir = appData(false);
    expect(adoptLegacyDataFolder(dir)).toBe('none');
    expect(existsSync(join(dir, DATA_FOLDER))).toBe(false);
  });

  it('a move that fails is reported, never thrown, and leaves the old folder in place', () => {
    const dir = appData(true);
    const denied = {
      existsSync,
      renameSync: () => {
        throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      },
    };
    expect(adoptLegacyDataFolder(dir, denied)).toEqual({ failed: 'EPERM: operation not permitted' });
    expect(existsSync(join(dir, LEGACY_DATA_FOLDER, 'settings.json'))).toBe(true);
  });
});
