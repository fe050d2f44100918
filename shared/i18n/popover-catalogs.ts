/**
 * The popover's catalogs, one namespace of one language at a time. The renderer imports this (never
 * `loadCatalog`, which brings every namespace of a language): its first paint needs only `ui`,
 * `causes` and `checks`, and `fixes`/`repair` arrive with the chunks that show fix cards and
 * guides. Node callers (main process, CLI, tests) keep `EN`, `createTranslator` and
 * `loadTranslator`, which are complete and synchronous for English.
 *
 * Every import below is a literal path, so Vite/Rolldown emits one small chunk per language and
 * namespace (named `<locale>-<namespace>-<hash>.js` by renderer/vite.config.ts) and never a chunk
 * the popover cannot ask for (`tray`, `cli`, `report` are not listed: no popover text uses them).
 */
import type { Catalog } from './catalogs/en';
import { type Locale, PSEUDO_LOCALE, type UiLocale } from './locales';

/** Namespaces the popover shows. */
export const POPOVER_NAMESPACES = ['ui', 'causes', 'checks', 'fixes', 'repair'] as const;
export type PopoverNamespace = (typeof POPOVER_NAMESPACES)[number];

/** What the status header, the tab bar and the check rows show: loaded before the first render. */
export const FIRST_PAINT_NAMESPACES: readonly PopoverNamespace[] = ['ui', 'causes', 'checks'];

type Messages = Partial<Catalog>;
type Loader = () => Promise<Messages>;

const LOADERS: Record<Locale, Record<PopoverNamespace, Loader>> = {
  en: {
    ui: async () => (await import('./catalogs/en/ui')).ui,
    causes: async () => (await import('./catalogs/en/causes')).causes,
    checks: async () => (await import('./catalogs/en/checks')).checks,
    fixes: async () => (await import('./catalogs/en/fixes')).fixes,
    repair: async () => (await import('./catalogs/en/repair')).repair,
  },
  de: {
    ui: async () => (await import('./catalogs/de/ui')).ui,
    causes: async () => (await import('./catalogs/de/causes')).causes,
    checks: async () => (await import('./catalogs/de/checks')).checks,
    fixes: async () => (await import('./catalogs/de/fixes')).fixes,
    repair: async () => (await import('./catalogs/de/repair')).repair,
  },
  fr: {
    ui: async () => (await import('./catalogs/fr/ui')).ui,
    causes: async () => (await import('./catalogs/fr/causes')).causes,
    checks: async () => (await import('./catalogs/fr/checks')).checks,
    fixes: async () => (await import('./catalogs/fr/fixes')).fixes,
    repair: async () => (await import('./catalogs/fr/repair')).repair,
  },
  es: {
    ui: async () => (await import('./catalogs/es/ui')).ui,
    causes: async () => (await import('./catalogs/es/causes')).causes,
    checks: async () => (await import('./catalogs/es/checks')).checks,
    fixes: async () => (await import('./catalogs/es/fixes')).fixes,
    repair: async () => (await import('./catalogs/es/repair')).repair,
  },
  ja: {
    ui: async () => (await import('./catalogs/ja/ui')).ui,
    causes: async () => (await import('./catalogs/ja/causes')).causes,
    checks: async () => (await import('./catalogs/ja/checks')).checks,
    fixes: async () => (await import('./catalogs/ja/fixes')).fixes,
    repair: async () => (await import('./catalogs/ja/repair')).repair,
  },
  'zh-Hans': {
    ui: async () => (await import('./catalogs/zh-Hans/ui')).ui,
    causes: async () => (await import('./catalogs/zh-Hans/causes')).causes,
    checks: async () => (await import('./catalogs/zh-Hans/checks')).checks,
    fixes: async () => (await import('./catalogs/zh-Hans/fixes')).fixes,
    repair: async () => (await import('./catalogs/zh-Hans/repair')).repair,
  },
};

/** One in-flight or settled load per language and namespace (a failed load may be retried). */
const pending = new Map<string, Promise<Messages>>();

/**
 * The messages of `namespaces` in `locale`, merged (the pseudo-locale reads English and is
 * transformed by its translator). Each namespace's chunk is fetched once per page.
 */
export async function loadPopoverMessages(locale: UiLocale, namespaces: Iterable<PopoverNamespace>): Promise<Messages> {
  const lang: Locale = locale === PSEUDO_LOCALE ? 'en' : locale;
  const parts = await Promise.all(
    [...new Set(namespaces)].map((ns) => {
      const id = `${lang}/${ns}`;
      let p = pending.get(id);
      if (!p) {
        p = LOADERS[lang][ns]();
        pending.set(id, p);
        p.catch(() => pending.delete(id));
      }
      return p;
    }),
  );
  return Object.assign({}, ...parts) as Messages;
}
