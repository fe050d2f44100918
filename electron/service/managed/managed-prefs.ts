/**
 * Reading the MDM-pushed managed preferences of the app: `/Library/Managed Preferences/<bundle
 * id>.plist`, which macOS writes (root-owned) from a configuration profile whose payload type is
 * the bundle id. The file may be XML or binary (cfprefsd writes binary), so it is parsed with
 * `@plist/parse`, which reads both (./managed-plist.ts). The file reading is a seam (`readFile`) so the app, the CLI,
 * the preview server and tests can all point it elsewhere. Never throws: a missing file is "not
 * managed", an unreadable or invalid one gives one line in `problem` and defaults apply.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import { describeManagedProblems, type ManagedSettings, parseManagedSettings } from '../../../shared/managed-settings';

/** The app's bundle id (build/electron-builder.config.cjs `appId`). */
export const MANAGED_DOMAIN = 'app.appleid-doctor.menubar';

/** Where macOS puts the computer-level managed preferences for the domain. */
export const MANAGED_PREFS_PATH = `/Library/Managed Preferences/${MANAGED_DOMAIN}.plist`;

/** A managed-preferences profile is a few KB; anything bigger is not one. */
const MAX_BYTES = 1024 * 1024;

/** Reads a file; resolves null when it does not exist. */
export type FileReader = (path: string) => Promise<Uint8Array | null>;

export interface ManagedPrefsResult {
  managed: ManagedSettings;
  /** The file existed (even if every key in it was invalid). */
  present: boolean;
  /** One readable line when something was ignored, else null. */
  problem: string | null;
}

/** The real file reader: ENOENT → null, other errors propagate (and are reported by the caller). */
export const readFileOrNull: FileReader = async (path) => {
  try {
    return await fsReadFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw err;
  }
};

/** Read and validate the managed preferences. Never throws. */
export async function readManagedPrefs(opts: { path?: string; readFile?: FileReader } = {}): Promise<ManagedPrefsResult> {
  const path = opts.path ?? MANAGED_PREFS_PATH;
  let bytes: Uint8Array | null;
  try {
    bytes = await (opts.readFile ?? readFileOrNull)(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { managed: {}, present: true, problem: `managed settings in ${path}: cannot be read (${code ?? (err as Error).message}); defaults apply` };
  }
  if (bytes === null) return { managed: {}, present: false, problem: null };
  if (bytes.byteLength > MAX_BYTES) return { managed: {}, present: true, problem: `managed settings in ${path}: larger than 1 MiB, ignored; defaults apply` };
  // Loaded only when a managed file exists: most Macs have none, and CLI start-up stays lean.
  const { parseBytes } = await import('./managed-plist');
  const raw = parseBytes(bytes);
  if (raw === undefined) return { managed: {}, present: true, problem: `managed settings in ${path}: not a property list, ignored; defaults apply` };
  const { managed, problems } = parseManagedSettings(raw);
  return { managed, present: true, problem: describeManagedProblems(path, problems) };
}
