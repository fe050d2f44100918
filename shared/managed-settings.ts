/**
 * Managed settings: what an MDM may push to the app's managed-preferences domain
 * (`/Library/Managed Preferences/<bundle id>.plist`, written by macOS from a configuration profile
 * whose payload type is the bundle id — see Apple's DeviceManagement "ManagedPreferences" and e.g.
 * MicrosoftDocs "Defender for Endpoint on Mac" for the landing path). One schema is the source of
 * truth for the app, the CLI and the shipped admin artefacts (build/fleet/managed/: the sample
 * .mobileconfig, the ProfileCreator manifest and the Jamf Pro JSON schema — a test keeps them in
 * step). Pure: the file reading lives in electron/service/managed/managed-prefs.ts.
 *
 * Managed keys win over the user's settings; a key that fails validation is ignored (with one
 * readable line) and the user's value or the default applies — a bad profile never bricks the app.
 */
import { z } from 'zod';
import { type Config, endpointSchema, timeoutsSchema } from './config';
import { type Settings, settingsPatchSchema, settingsSchema } from './settings';

const userKeys = settingsPatchSchema.shape;

/** Every key an MDM may set, each optional. */
export const managedSettingsSchema = z
  .object({
    ...userKeys,
    /** false: every setting is locked, not only the managed ones. */
    allowUserSettings: z.boolean(),
    /** Apple sign-in endpoints to probe (replaces the built-in list). */
    endpoints: z
      .array(endpointSchema)
      .min(1)
      .max(20)
      .refine((a) => new Set(a.map((e) => e.id)).size === a.length, 'ids must be unique'),
    /** Per-phase deadlines, milliseconds. */
    timeouts: timeoutsSchema.partial(),
    /** Shown on the support report page: who to contact. */
    supportContactName: z.string().min(1).max(120),
    supportContactEmail: z.email().max(200),
    supportContactUrl: z.url({ protocol: /^https?$/ }).max(500),
    supportContactPhone: z.string().regex(/^[0-9+()./ -]{3,40}$/, 'must be a phone number'),
  })
  .partial()
  .strict();

export type ManagedSettings = z.infer<typeof managedSettingsSchema>;

/** The keys the managed-settings schema accepts (the shipped profile artefacts list exactly these). */
export const MANAGED_KEYS = Object.keys(managedSettingsSchema.shape) as (keyof ManagedSettings)[];

/** User setting keys that MDM can lock. */
const SETTING_KEYS = Object.keys(userKeys) as (keyof Settings)[];

export interface SupportContact {
  name: string | null;
  email: string | null;
  url: string | null;
  phone: string | null;
}

/** What the UI needs: which controls are locked, and whom to contact. */
export interface ManagedInfo {
  locked: (keyof Settings)[];
  supportContact: SupportContact | null;
}

/**
 * Validate a parsed managed-preferences dictionary key by key. Never throws: invalid and unknown
 * keys are left out and described in `problems` (one short phrase each).
 */
export function parseManagedSettings(raw: unknown): { managed: ManagedSettings; problems: string[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { managed: {}, problems: ['not a dictionary'] };
  const managed: Record<string, unknown> = {};
  const problems: string[] = [];
  const shape = managedSettingsSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(raw)) {
    // macOS adds its own bookkeeping keys to managed preference files (PayloadUUID etc. do not
    // appear, but `com.apple.*`-style metadata can); anything not in the schema is reported.
    const field = shape[key];
    if (!field) {
      problems.push(`unknown key ${key}`);
      continue;
    }
    const one = field.safeParse(value);
    if (one.success) managed[key] = one.data;
    else problems.push(`${key} ${one.error.issues[0]?.message ?? 'is invalid'}`);
  }
  const s = managed as ManagedSettings;
  if (s.clockWarnSeconds !== undefined && s.clockFailSeconds !== undefined && s.clockWarnSeconds >= s.clockFailSeconds) {
    problems.push('clockWarnSeconds must be smaller than clockFailSeconds');
    delete s.clockWarnSeconds;
    delete s.clockFailSeconds;
  }
  return { managed: s, problems };
}

/** One clear line for the log / CLI stderr, or null when there is nothing to say. */
export function describeManagedProblems(source: string, problems: readonly string[]): string | null {
  if (problems.length === 0) return null;
  return `managed settings in ${source}: ignored ${problems.join('; ')} (defaults apply)`;
}

/** The setting keys the user may not change. */
export function lockedSettingKeys(managed: ManagedSettings): (keyof Settings)[] {
  if (managed.allowUserSettings === false) return [...SETTING_KEYS];
  return SETTING_KEYS.filter((k) => managed[k] !== undefined);
}

/** The user's settings with the managed keys on top, always a valid whole. Pure. */
export function applyManagedSettings(user: Settings, managed: ManagedSettings): Settings {
  const forced = Object.fromEntries(SETTING_KEYS.filter((k) => managed[k] !== undefined).map((k) => [k, managed[k]]));
  const merged = settingsSchema.safeParse({ ...user, ...forced });
  if (merged.success) return merged.data;
  // A managed clock threshold can contradict the user's other one: the managed one wins, the
  // other takes a value that keeps the pair ordered.
  const fixed = { ...user, ...forced } as Settings;
  if (managed.clockWarnSeconds !== undefined) fixed.clockFailSeconds = Math.max(fixed.clockFailSeconds, Math.min(86_400, managed.clockWarnSeconds + 1));
  if (managed.clockFailSeconds !== undefined) fixed.clockWarnSeconds = Math.min(fixed.clockWarnSeconds, managed.clockFailSeconds - 1);
  const again = settingsSchema.safeParse(fixed);
  return again.success ? again.data : user;
}

/** The engine config with managed endpoints, timeouts and clock thresholds. Pure. */
export function applyManagedConfig(config: Config, managed: ManagedSettings): Config {
  const out: Config = { ...config };
  if (managed.endpoints) out.endpoints = managed.endpoints.map((e) => ({ id: e.id, host: e.host, port: e.port, path: e.path }));
  if (managed.timeouts) out.timeouts = { ...config.timeouts, ...Object.fromEntries(Object.entries(managed.timeouts).filter(([, v]) => v !== undefined)) };
  const warnMs = managed.clockWarnSeconds !== undefined ? managed.clockWarnSeconds * 1000 : config.clock.warnMs;
  const failMs = managed.clockFailSeconds !== undefined ? managed.clockFailSeconds * 1000 : config.clock.failMs;
  if (warnMs < failMs) out.clock = { warnMs, failMs };
  return out;
}

/** The UI's view of the managed state, or null when nothing is managed. */
export function managedInfo(managed: ManagedSettings): ManagedInfo | null {
  const locked = lockedSettingKeys(managed);
  const c = {
    name: managed.supportContactName ?? null,
    email: managed.supportContactEmail ?? null,
    url: managed.supportContactUrl ?? null,
    phone: managed.supportContactPhone ?? null,
  };
  const supportContact = Object.values(c).some((v) => v !== null) ? c : null;
  return locked.length === 0 && !supportContact ? null : { locked, supportContact };
}
