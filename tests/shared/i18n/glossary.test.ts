/**
 * Apple's own terms stay consistent: a translated message whose English names a glossary term
 * (a pane, an app, an account term) uses that language's form of it.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, loadCatalog } from '../../../shared/i18n';
import { en } from '../../../shared/i18n/catalogs/en';
import { GLOSSARIES } from '../../../shared/i18n/glossary';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-word, case-sensitive: "Network" the pane, not "network" the noun. */
const mentions = (text: string, term: string) => new RegExp(`(^|[^\\p{L}])${escapeRe(term)}($|[^\\p{L}])`, 'u').test(text);

describe('glossaries', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: every message naming a glossary term uses Apple's term for it`, async () => {
      const catalog = (await loadCatalog(locale)) as Record<string, string>;
      const misses: string[] = [];
      for (const entry of GLOSSARIES[locale]) {
        for (const [key, source] of Object.entries(en)) {
          if (!mentions(source, entry.en)) continue;
          if (!entry.forms.some((f) => catalog[key]?.includes(f))) misses.push(`${key}: “${entry.en}” → ${entry.forms.join(' / ')}`);
        }
      }
      expect(misses).toEqual([]);
    });
  }

  it('the check notices a translation that ignores the glossary', () => {
    expect(mentions('Open System Settings › Network', 'Network')).toBe(true);
    expect(mentions('this network', 'Network')).toBe(false);
    expect(mentions('Wi-Fi settings', 'Wi-Fi')).toBe(true);
  });
});
