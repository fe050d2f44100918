/**
 * User settings of the menu-bar app: schema (runtime-validated on load and on every IPC `set`),
 * defaults and a sanitiser that treats persisted state as untrusted.
 */
import { z } from 'zod';
import { LOCALES } from './i18n/locales';

const settingsObject = z
  .object({
    /** Full diagnosis interval while healthy, minutes. */
    intervalMinutes: z.number().int().min(1).max(120),
    notifyUnreachable: z.boolean(),
    notifyRestored: z.boolean(),
    notifyAppleOutage: z.boolean(),
    /** "Notify me when Apple Account is back" after an Apple-side outage. */
    notifyWhenAppleBack: z.boolean(),
    launchAtLogin: z.boolean(),
    /** Short text beside the tray icon. */
    titleText: z.enum(['none', 'status', 'latency']),
    clockWarnSeconds: z.number().int().min(1).max(3600),
    clockFailSeconds: z.number().int().min(2).max(86_400),
    /** The app's language: `system` follows macOS's preferred languages. */
    language: z.union([z.literal('system'), z.enum(LOCALES)]),
  })
  .strict();

export const settingsSchema = settingsObject.refine((s) => s.clockWarnSeconds < s.clockFailSeconds, {
  message: 'clockWarnSeconds must be smaller than clockFailSeconds',
  path: ['clockWarnSeconds'],
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  intervalMinutes: 5,
  notifyUnreachable: true,
  notifyRestored: true,
  notifyAppleOutage: true,
  notifyWhenAppleBack: false,
  launchAtLogin: false,
  titleText: 'none',
  clockWarnSeconds: 10,
  clockFailSeconds: 300,
  language: 'system',
};

/** A partial update as sent by the renderer; validated as a whole after merging. */
export const settingsPatchSchema = settingsObject.partial();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Keep every valid persisted key, replace invalid ones with defaults. Never throws. */
export function sanitizeSettings(raw: unknown): Settings {
  const base: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      if (!(k in DEFAULT_SETTINGS)) continue;
      const one = settingsPatchSchema.safeParse({ [k]: v });
      if (one.success) base[k] = v;
    }
  }
  const whole = settingsSchema.safeParse(base);
  return whole.success ? whole.data : DEFAULT_SETTINGS;
}
