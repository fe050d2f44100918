/**
 * User settings persisted with `conf` (atomic writes via write-temp + rename) in
 * `<dataDir>/settings.json`. The file is untrusted input (hand edits, older versions, disk
 * faults): unparseable JSON is set aside and replaced by defaults, invalid values are replaced
 * key by key (shared/settings.ts `sanitizeSettings`). Reads are served from memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { type Settings, type SettingsPatch, sanitizeSettings, settingsSchema } from '../../../shared/settings';
import { type StoreIssue, setAsideSync } from './set-aside';

export const SETTINGS_FILE = 'settings.json';

export interface SettingsStore {
  get(): Settings;
  /** Merge, validate as a whole, persist. Throws a readable Error when the result is invalid. */
  set(patch: SettingsPatch): Settings;
  /** True when no settings file existed before (first launch). */
  readonly firstRun: boolean;
  readonly issues: readonly StoreIssue[];
}

export function createSettingsStore(dir: string, now: () => number = Date.now): SettingsStore {
  const path = join(dir, SETTINGS_FILE);
  const issues: StoreIssue[] = [];
  const firstRun = !existsSync(path);

  if (!firstRun && !isJsonObjectFile(path)) {
    const aside = setAsideSync(path, now());
    issues.push({ kind: 'corrupt', file: path, message: 'settings file unreadable; defaults restored', ...(aside ? { setAsidePath: aside } : {}) });
  }

  // clearInvalidConfig: belt and braces if the file changes between our check and conf's read.
  const conf = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'settings',
    clearInvalidConfig: true,
    accessPropertiesByDotNotation: false,
    configFileMode: 0o600,
  });
  const raw = conf.store;
  let current = sanitizeSettings(raw);
  if (firstRun || !sameSettings(raw, current)) {
    if (!firstRun && issues.length === 0) {
      issues.push({ kind: 'invalid-values', file: path, message: 'some settings were invalid and were reset to defaults' });
    }
    conf.store = { ...current };
  }

  return {
    firstRun,
    issues,
    get: () => current,
    set(patch) {
      const parsed = settingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
      conf.store = { ...parsed.data };
      current = parsed.data;
      return current;
    },
  };
}

function isJsonObjectFile(path: string): boolean {
  try {
    const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

function sameSettings(raw: Record<string, unknown>, s: Settings): boolean {
  const keys = Object.keys(raw);
  return keys.length === Object.keys(s).length && keys.every((k) => raw[k] === (s as Record<string, unknown>)[k]);
}
