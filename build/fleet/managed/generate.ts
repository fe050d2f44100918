/**
 * Writes the admin artefacts for the managed settings from one documented key table:
 *   appleid-doctor.mobileconfig                     sample configuration profile (every key, default values)
 *   app.appleid-doctor.menubar.manifest.plist       ProfileCreator / iMazing Profile Editor manifest
 *   jamf-pro-schema.json                            Jamf Pro "Application & Custom Settings" JSON schema
 * `npm run fleet:managed` regenerates them; tests/fleet/managed-artifacts.test.ts checks that each
 * lists exactly the keys shared/managed-settings.ts accepts, so a new key cannot ship undocumented.
 * Formats: ProfileCreator/ProfileManifests `Manifests/ManagedPreferencesApplications/*.plist`
 * (pfm_* keys); Jamf Pro custom schema (JSON Schema with `title`/`description`/`options`); a
 * custom payload whose PayloadType is the bundle id (as root3nl/SupportApp's sample profile).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIG } from '../../../shared/config';
import { LOCALES } from '../../../shared/i18n/locales';
import type { ManagedSettings } from '../../../shared/managed-settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

export const DOMAIN = 'app.appleid-doctor.menubar';

type Json = string | number | boolean | Json[] | { [k: string]: Json };
interface KeyDoc {
  type: 'boolean' | 'integer' | 'string' | 'array' | 'dictionary';
  title: string;
  description: string;
  sample: Json;
  min?: number;
  max?: number;
  options?: string[];
  format?: string;
}

const t = DEFAULT_CONFIG.timeouts;
/** Every managed key, documented once. `Record` makes the compiler demand every key. */
export const KEY_DOCS: Record<keyof ManagedSettings, KeyDoc> = {
  allowUserSettings: {
    type: 'boolean',
    title: 'Let users change settings',
    description: 'false locks every setting in the app, not only the managed ones.',
    sample: true,
  },
  intervalMinutes: {
    type: 'integer',
    title: 'Check interval (minutes)',
    description: 'Full diagnosis interval while healthy.',
    sample: DEFAULT_SETTINGS.intervalMinutes,
    min: 1,
    max: 120,
  },
  notifyUnreachable: {
    type: 'boolean',
    title: 'Notify when sign-in stops working',
    description: 'Notification when Apple Account sign-in stops working.',
    sample: DEFAULT_SETTINGS.notifyUnreachable,
  },
  notifyRestored: {
    type: 'boolean',
    title: 'Notify when sign-in works again',
    description: 'Notification when sign-in works again.',
    sample: DEFAULT_SETTINGS.notifyRestored,
  },
  notifyAppleOutage: {
    type: 'boolean',
    title: 'Notify on Apple outages',
    description: 'Notification when Apple System Status reports an outage.',
    sample: DEFAULT_SETTINGS.notifyAppleOutage,
  },
  notifyWhenAppleBack: {
    type: 'boolean',
    title: 'Notify when Apple’s outage is over',
    description: 'One notification when sign-in is back after an outage on Apple’s side.',
    sample: DEFAULT_SETTINGS.notifyWhenAppleBack,
  },
  launchAtLogin: { type: 'boolean', title: 'Open at login', description: 'Start the menu-bar app at login.', sample: DEFAULT_SETTINGS.launchAtLogin },
  titleText: {
    type: 'string',
    title: 'Menu bar text',
    description: 'Text beside the menu-bar icon.',
    sample: DEFAULT_SETTINGS.titleText,
    options: ['none', 'status', 'latency'],
  },
  clockWarnSeconds: {
    type: 'integer',
    title: 'Clock warning (seconds)',
    description: 'Amber when the clock is off by more than this. Must be smaller than clockFailSeconds.',
    sample: DEFAULT_SETTINGS.clockWarnSeconds,
    min: 1,
    max: 3600,
  },
  clockFailSeconds: {
    type: 'integer',
    title: 'Clock problem (seconds)',
    description: 'Red when the clock is off by more than this.',
    sample: DEFAULT_SETTINGS.clockFailSeconds,
    min: 2,
    max: 86_400,
  },
  language: {
    type: 'string',
    title: 'Language',
    description: 'Language of the app: system follows the Mac’s preferred languages.',
    sample: DEFAULT_SETTINGS.language,
    options: ['system', ...LOCALES],
  },
  endpoints: {
    type: 'array',
    title: 'Sign-in endpoints',
    description:
      'Apple sign-in endpoints to probe, replacing the built-in list: dictionaries with id (lowercase, digits, dashes; unique), host, port (default 443), path (default /).',
    sample: DEFAULT_CONFIG.endpoints.map((e) => ({ id: e.id, host: e.host, port: e.port, path: e.path })),
  },
  timeouts: {
    type: 'dictionary',
    title: 'Timeouts (milliseconds)',
    description: 'Per-phase deadlines: dnsMs, tcpMs, tlsMs, httpMs, ntpMs, commandMs, totalMs (1–600000 each).',
    sample: { ...t },
  },
  supportContactName: {
    type: 'string',
    title: 'Support contact name',
    description: 'Shown on the support report page.',
    sample: 'Example Corp IT Service Desk',
  },
  supportContactEmail: {
    type: 'string',
    title: 'Support contact e-mail',
    description: 'Shown on the support report page as a mailto link.',
    sample: 'it-help@example.com',
    format: 'email',
  },
  supportContactUrl: {
    type: 'string',
    title: 'Support contact web page',
    description: 'http(s) URL shown on the support report page.',
    sample: 'https://it.example.com/apple-id',
    format: 'uri',
  },
  supportContactPhone: { type: 'string', title: 'Support contact phone', description: 'Shown on the support report page.', sample: '+1 555 0100' },
};

function plistValue(v: Json, indent: string): string {
  if (typeof v === 'boolean') return `${indent}${v ? '<true/>' : '<false/>'}`;
  if (typeof v === 'number') return `${indent}<integer>${v}</integer>`;
  if (typeof v === 'string') return `${indent}<string>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</string>`;
  if (Array.isArray(v)) return `${indent}<array>\n${v.map((x) => plistValue(x, `${indent}\t`)).join('\n')}\n${indent}</array>`;
  const body = Object.entries(v)
    .map(([k, x]) => `${indent}\t<key>${k}</key>\n${plistValue(x, `${indent}\t`)}`)
    .join('\n');
  return `${indent}<dict>\n${body}\n${indent}</dict>`;
}

/** An XML plist document. */
export function plistDocument(v: Json, comment = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
${comment ? `<!--\n${comment}\n-->\n` : ''}<plist version="1.0">
${plistValue(v, '')}
</plist>
`;
}

const keys = Object.keys(KEY_DOCS) as (keyof ManagedSettings)[];

export function mobileconfig(): string {
  const payload: Record<string, Json> = {
    PayloadType: DOMAIN,
    PayloadIdentifier: `${DOMAIN}.settings`,
    PayloadUUID: '6F1C2B7E-3D4A-4E5B-9C8D-0A1B2C3D4E5F',
    PayloadVersion: 1,
    PayloadDisplayName: 'Apple ID Doctor settings',
    ...Object.fromEntries(keys.map((k) => [k, KEY_DOCS[k].sample])),
  };
  return plistDocument(
    {
      PayloadContent: [payload],
      PayloadDisplayName: 'Apple ID Doctor',
      PayloadDescription:
        'Managed settings for Apple ID Doctor (sample: every key at its default). Lands as /Library/Managed Preferences/app.appleid-doctor.menubar.plist.',
      PayloadIdentifier: `${DOMAIN}.profile`,
      PayloadOrganization: 'Example Corp',
      PayloadScope: 'System',
      PayloadType: 'Configuration',
      PayloadUUID: 'A3E1C0D2-5B6F-4C7D-8E9F-102132435465',
      PayloadVersion: 1,
    },
    '  Sample configuration profile for Apple ID Doctor, generated by build/fleet/managed/generate.ts.\n  Unsigned sample: edit the values, then upload to your MDM (or sign it).',
  );
}

export function manifest(): string {
  const pfmType = (d: KeyDoc) => d.type;
  const subkeys: Json[] = [
    { pfm_name: 'PayloadDisplayName', pfm_type: 'string', pfm_default: 'Apple ID Doctor settings', pfm_title: 'Payload Display Name' },
    { pfm_name: 'PayloadIdentifier', pfm_type: 'string', pfm_default: `${DOMAIN}.settings`, pfm_require: 'always', pfm_title: 'Payload Identifier' },
    { pfm_name: 'PayloadType', pfm_type: 'string', pfm_default: DOMAIN, pfm_require: 'always', pfm_title: 'Payload Type' },
    { pfm_name: 'PayloadUUID', pfm_type: 'string', pfm_require: 'always', pfm_title: 'Payload UUID' },
    { pfm_name: 'PayloadVersion', pfm_type: 'integer', pfm_default: 1, pfm_require: 'always', pfm_title: 'Payload Version' },
    ...keys.map((k) => {
      const d = KEY_DOCS[k];
      const sub: Record<string, Json> = { pfm_name: k, pfm_title: d.title, pfm_description: d.description, pfm_type: pfmType(d), pfm_default: d.sample };
      if (d.min !== undefined) sub.pfm_range_min = d.min;
      if (d.max !== undefined) sub.pfm_range_max = d.max;
      if (d.options) sub.pfm_range_list = d.options;
      return sub;
    }),
  ];
  return plistDocument(
    {
      pfm_domain: DOMAIN,
      pfm_format_version: 1,
      pfm_last_modified: '2026-12-01T00:00:00Z',
      pfm_platforms: ['macOS'],
      pfm_targets: ['system'],
      pfm_title: 'Apple ID Doctor',
      pfm_description: 'Managed settings for Apple ID Doctor.',
      pfm_unique: true,
      pfm_version: 1,
      pfm_subkeys: subkeys,
    },
    '  ProfileCreator manifest for Apple ID Doctor, generated by build/fleet/managed/generate.ts.',
  );
}

export function jamfSchema(): string {
  const prop = (d: KeyDoc): Record<string, Json> => {
    const base: Record<string, Json> = { title: d.title, description: d.description };
    if (d.type === 'dictionary')
      return {
        ...base,
        type: 'object',
        properties: Object.fromEntries(Object.keys(d.sample as object).map((k) => [k, { type: 'integer', minimum: 1, maximum: 600_000 }])),
      };
    if (d.type === 'array')
      return {
        ...base,
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
            host: { type: 'string' },
            port: { type: 'integer', minimum: 1, maximum: 65535 },
            path: { type: 'string', pattern: '^/' },
          },
          required: ['id', 'host'],
        },
      };
    const out: Record<string, Json> = { ...base, type: d.type };
    if (d.min !== undefined) out.minimum = d.min;
    if (d.max !== undefined) out.maximum = d.max;
    if (d.options) out.enum = d.options;
    if (d.format) out.format = d.format;
    return out;
  };
  const doc = {
    title: 'Apple ID Doctor (app.appleid-doctor.menubar)',
    description:
      'Managed settings for Apple ID Doctor. Jamf Pro: Configuration Profiles → Application & Custom Settings → External Applications → Custom Schema. Generated by build/fleet/managed/generate.ts.',
    properties: Object.fromEntries(keys.map((k) => [k, prop(KEY_DOCS[k])])),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** pfm_last_modified is a plist <date> in ProfileManifests. */
const withDate = (xml: string) => xml.replace(/(<key>pfm_last_modified<\/key>\n\t)<string>([^<]+)<\/string>/, '$1<date>$2</date>');

export const ARTEFACTS = {
  'appleid-doctor.mobileconfig': mobileconfig,
  [`${DOMAIN}.manifest.plist`]: () => withDate(manifest()),
  'jamf-pro-schema.json': jamfSchema,
} as const;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, make] of Object.entries(ARTEFACTS)) writeFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), make());
  console.log('wrote build/fleet/managed/{appleid-doctor.mobileconfig, *.manifest.plist, jamf-pro-schema.json}');
}
