/**
 * Fix cards and symptom guides in every language: each card and guide resolves all its words from
 * the catalog (no key ever shown), keeps its commands, URLs and panes byte for byte, names the
 * panes the way that language's Mac does, and the English catalog holds no orphan texts.
 */
import { describe, expect, it } from 'vitest';
import { FIX_CARD_DEFS, findAction, fixCards } from '../../../shared/fix-catalog';
import { buildFixPlan } from '../../../shared/fixes/plan';
import { createTranslator, EN, LOCALES, loadTranslator, type Translator } from '../../../shared/i18n';
import { fixes as EN_FIXES } from '../../../shared/i18n/catalogs/en/fixes';
import { findSymptom, SYMPTOM_DEFS, symptoms } from '../../../shared/symptoms';
import { cannedReport } from '../../renderer/canned-reports';

/** A translator that records every key asked for, and whether the catalog had it. */
function recording(): { t: Translator; asked: Set<string>; missing: Set<string> } {
  const asked = new Set<string>();
  const missing = new Set<string>();
  const t: Translator = {
    ...EN,
    t: (key, values) => {
      asked.add(key);
      if (!EN.has(key)) missing.add(key);
      return EN.t(key, values);
    },
  };
  return { t, asked, missing };
}

const visibleWords = (t: Translator) => {
  const out: string[] = [];
  for (const c of Object.values(fixCards(t))) {
    out.push(c.title, c.why);
    // A repair's button words belong to the repair (namespace `repair`, shared/repairs.ts), not to the card.
    for (const s of c.steps)
      out.push(s.text, ...(s.action && s.action.kind !== 'repair' ? [s.action.label, s.action.kind === 'copy-command' ? s.action.note : ''] : []));
  }
  for (const s of symptoms(t)) {
    out.push(s.title, s.description);
    for (const st of s.steps) out.push(st.text, st.detail ?? '', st.action?.label ?? '');
  }
  return out.filter(Boolean);
};

describe('fix catalog words', () => {
  it('every card, guide, plan line and app name finds its English words, and no English text is unused', () => {
    const { t, asked, missing } = recording();
    for (const d of Object.values(FIX_CARD_DEFS)) fixCards(t)[d.id];
    symptoms(t);
    buildFixPlan(cannedReport('red'), fixCards(t), t);
    // The plan's other lines and the app names, as the faces ask for them.
    for (const k of Object.keys(EN_FIXES).filter((k) => k.startsWith('fixes.plan.') || k.startsWith('fixes.app.'))) asked.add(k);
    expect([...missing]).toEqual([]);
    expect(Object.keys(EN_FIXES).filter((k) => !asked.has(k))).toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: every card and guide is fully worded, with the same commands, URLs and panes as English`, async () => {
      const t = await loadTranslator(locale);
      const words = visibleWords(t);
      expect(words.filter((w) => /^fixes\.|\{[a-z]+\}/.test(w))).toEqual([]);
      // The words differ from English (a translation, not a copy) for all but names like “Terminal”.
      const english = new Set(visibleWords(EN));
      const same = words.filter((w) => english.has(w) && w.length > 12);
      expect(same).toEqual([]);
      const data = (cards: typeof fixCards extends (t: Translator) => infer R ? R : never) =>
        Object.values(cards).map((c) => ({
          id: c.id,
          recheck: c.recheck,
          actions: c.steps.map((s) => (s.action ? { ...s.action, label: undefined, note: undefined } : null)),
        }));
      expect(data(fixCards(t))).toEqual(data(fixCards(EN)));
    });
  }

  it('names the panes as a German, French, Japanese or Chinese Mac does, and keeps the command to paste', async () => {
    const path = {
      de: 'Systemeinstellungen › Netzwerk',
      fr: 'Réglages Système › Réseau',
      es: 'Ajustes del Sistema › Red',
      ja: 'システム設定 › ネットワーク',
      'zh-Hans': '“系统设置” › “网络”',
    } as const;
    for (const [locale, expected] of Object.entries(path)) {
      const card = fixCards(await loadTranslator(locale as keyof typeof path))['dns-server-failing']!;
      expect(card.steps[2]!.text, locale).toContain(expected);
      expect(card.steps[2]!.text, locale).toContain('DNS');
      expect(card.steps[3]!.action).toMatchObject({ kind: 'copy-command', command: 'sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder' });
    }
  });

  it('a button found by id speaks the person’s language and does exactly what the English one does', async () => {
    const de = await loadTranslator('de');
    expect(findAction('clock-step-now#1', de)).toEqual({
      ...findAction('clock-step-now#1', EN),
      label: 'Befehl zum Stellen der Uhr kopieren',
      note: expect.stringContaining('time.apple.com'),
    });
    expect(findAction('symptom.codes-not-arriving#5', de)).toMatchObject({
      kind: 'open-url',
      url: 'https://account.apple.com/',
      label: 'account.apple.com öffnen',
    });
  });

  it('the escalation step names the guide’s own topic in the guide’s language', async () => {
    const fr = await loadTranslator('fr');
    const last = findSymptom('codes-not-arriving', fr)!.steps.at(-1)!;
    expect(last.text).toBe(
      'Toujours rien ? Exportez le rapport depuis cette app et contactez l’assistance Apple au sujet de « codes de validation qui n’arrivent pas ».',
    );
    expect(findSymptom('codes-not-arriving', EN)!.steps.at(-1)!.text).toContain('“verification codes not arriving”');
  });

  it('the plan’s lines count in the language, with its plural and list rules', async () => {
    const red = cannedReport('red');
    const fr = await loadTranslator('fr');
    const plan = buildFixPlan(red, fixCards(fr), fr);
    expect(plan.countLine).toBe('1 problème · 4 autres vérifications n’ont pas pu aboutir à cause de celui-ci');
    expect(plan.cards[0]!.alsoAffectedLine).toBe(
      'Également touché : les notifications push, la vérification de la page de connexion Wi-Fi, la vérification de l’horloge et la page d’état d’Apple — tout devrait refonctionner dès que le DNS fonctionnera.',
    );
    const ja = await loadTranslator('ja');
    // Japanese has no “one” plural category: “because of it” is chosen by the exact count.
    expect(buildFixPlan(red, fixCards(ja), ja).countLine).toBe('1件の問題 · その影響でほかの4件のチェックが完了できませんでした');
    expect(buildFixPlan(red, fixCards(ja), ja).cards[0]!.alsoAffectedLine).toContain(
      'プッシュ通知、Wi-Fiログインページのチェック、時計のチェック、Appleのシステム状況ページ',
    );
  });

  it('cards are built once per translator, so faces can ask on every render', () => {
    const t = createTranslator('de');
    expect(fixCards(t)).toBe(fixCards(t));
    expect(symptoms(t)).toBe(symptoms(t));
    expect(SYMPTOM_DEFS.length).toBe(symptoms(t).length);
  });
});
