/**
 * The popover's language store: the first paint's namespaces first, a view's namespaces on
 * demand, in whichever language is current — also when a switch overtakes a load. (In vitest the
 * English catalog is complete, so a namespace that did not load shows English, not a key: the
 * assertions below tell the languages apart.)
 */
import { describe, expect, it } from 'vitest';
import { i18nStore, needNamespaces, setLocale, startLocale } from '../../renderer/stores/i18n-store';

const t = () => i18nStore.getState().t;
const CARD = 'fixes.card.dns-server-failing.title' as const;

describe('popover language store', () => {
  it('loads the first paint in the page’s language, a view’s namespaces when it asks', async () => {
    await startLocale('?lang=de&system=fr');
    expect(i18nStore.getState().system).toBe('fr');
    expect(t().locale).toBe('de');
    expect(t().t('ui.tab.history')).toBe('Verlauf');
    expect(t().t(CARD)).not.toBe('Repariere oder ersetze den DNS-Server');
    const before = t();
    await needNamespaces(['fixes']);
    expect(t().t(CARD)).toBe('Repariere oder ersetze den DNS-Server');
    // A new translator, never the old one changed: texts cached per translator stay true.
    expect(t()).not.toBe(before);
    expect(before.t(CARD)).not.toBe('Repariere oder ersetze den DNS-Server');
  });

  it('a language switch brings every namespace asked for so far', async () => {
    await setLocale('fr');
    expect(t().t('ui.tab.history')).toBe('Historique');
    expect(t().t(CARD)).toBe('Réparer ou remplacer le serveur DNS');
  });

  it('the last request wins, and a view asking meanwhile gets its texts in that language', async () => {
    const slow = setLocale('ja');
    const last = setLocale('de');
    const view = needNamespaces(['repair']);
    await Promise.all([slow, last, view]);
    expect(t().locale).toBe('de');
    expect(t().t('repair.steps.title')).toBe('Bereits versuchte Schritte');
    expect(t().t(CARD)).toBe('Repariere oder ersetze den DNS-Server');
    expect(t().t('ui.tab.history')).toBe('Verlauf');
  });
});
