/**
 * User settings persisted with `conf` (atomic writes via write-temp + rename) in
 * `<dataDir>/settings.json`. The file is untrusted input (hand edits, older versions, disk
 * faults): unparseable JSON is set aside and replaced by defaults, invalid values are replaced
 * key by key (shared/settings.ts `sanitizeSettings`). Reads are served from memory.
 */
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { type Settings, type SettingsPatch, sanitizeSettings, settingsSchema } from '../../../shared/settings';
import { readBoundedSync } from '../../engine/system/bounded-read';
import { type StoreIssue, setAsideSync } from './set-aside';

/** A settings file is a few hundred bytes; anything near this is not ours. */
const MAX_BYTES = 256 * 1024;
const stripBom = (text: string): string => text.replace(/^\uFEFF/, '');

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
  removeStaleTemps(dir);
  const read = readBoundedSync(path, MAX_BYTES);
  const firstRun = !read.ok && read.reason === 'missing';
  // Unreadable (permissions, a pipe, a device): keep the user's file untouched, run on defaults
  // in memory. Corrupt (not JSON, absurdly large): set aside, start fresh.
  if (!read.ok && (read.reason === 'unreadable' || read.reason === 'not-regular')) {
    issues.push({ kind: 'unreadable', file: path, message: `settings file ${read.message}; left as it is, using defaults until it can be read` });
    return memoryStore(sanitizeSettings({}), firstRun, issues);
  }
  if (read.ok ? !isJsonObject(read.bytes.toString('utf8')) : read.reason === 'too-large') {
    const aside = setAsideSync(path, now());
    issues.push({ kind: 'corrupt', file: path, message: 'settings file unreadable; defaults restored', ...(aside ? { setAsidePath: aside } : {}) });
  }

  let conf: Conf<Record<string, unknown>>;
  let current: Settings;
  try {
    // clearInvalidConfig: belt and braces if the file changes between our check and conf's read.
    conf = new Conf<Record<string, unknown>>({
      cwd: dir,
      configName: 'settings',
      clearInvalidConfig: true,
      accessPropertiesByDotNotation: false,
      configFileMode: 0o600,
      // A BOM (some editors add one) is not corruption.
      deserialize: (text) => JSON.parse(stripBom(text)),
    });
    const raw = conf.store;
    current = sanitizeSettings(raw);
    if (firstRun || !sameSettings(raw, current)) {
      if (!firstRun && issues.length === 0) {
        issues.push({ kind: 'invalid-values', file: path, message: 'some settings were invalid and were reset to defaults' });
      }
      conf.store = { ...current };
    }
  } catch (err) {
    // The data directory cannot be created or written: run on defaults, say so, never throw.
    issues.push({ kind: 'unwritable', file: path, message: `cannot save settings (${(err as Error).message}); changes last until quit` });
    return memoryStore(sanitizeSettings({}), firstRun, issues);
  }

  return memoryStore(current, firstRun, issues, (next) => {
    try {
      conf.store = { ...next };
    } catch (err) {
      if (!issues.some((i) => i.kind === 'unwritable'))
        issues.push({ kind: 'unwritable', file: path, message: `cannot save settings (${(err as Error).message}); changes last until quit` });
    }
  });
}

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(stripBom(text));
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * The store: validated settings in memory, handed to `persist` after every accepted change
 * (no `persist` = memory only, when the file is unreadable or the directory unwritable).
 */
function memoryStore(initial: Settings, firstRun: boolean, issues: StoreIssue[], persist?: (next: Settings) => void): SettingsStore {
  let current = initial;
  return {
    firstRun,
    issues,
    get: () => current,
    set(patch) {
      const parsed = settingsSchema.safeParse({ ...current, ...patch });
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
      current = parsed.data;
      persist?.(current);
      return current;
    },
  };
}

/** conf writes `settings.json.tmp-*` then renames; a crash in between leaves the temp file. */
function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(`${SETTINGS_FILE}.tmp-`)) continue;
    try {
      unlinkSync(join(dir, n));
    } catch {
      // Not ours to worry about.
    }
  }
}

function sameSettings(raw: Record<string, unknown>, s: Settings): boolean {
  const keys = Object.keys(raw);
  return keys.length === Object.keys(s).length && keys.every((k) => raw[k] === (s as Record<string, unknown>)[k]);
}
