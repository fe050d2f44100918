/**
 * The verdict's words, the presentation vocabulary and the support report in a person's language:
 * the same verdict reads in German or Japanese, numbers and dates use the locale's format, cause
 * ids, commands and the JSON export never change.
 */
import { describe, expect, it } from 'vitest';
import { computeVerdict } from '../../../electron/engine/verdict';
import { causeText, causeTitleInSentence } from '../../../shared/cause-text';
import { CAUSES } from '../../../shared/causes';
import { headlineFor, verdictText } from '../../../shared/headlines';
import { EN, LOCALES, loadTranslator } from '../../../shared/i18n';
import { notCheckedLine } from '../../../shared/not-checked';
import { formatDuration, lightWord, listOf, statusWords } from '../../../shared/presentation';
import type { CheckResult, Verdict } from '../../../shared/report';
import { buildSupportReport } from '../../../shared/support-report';
import { cannedHistory, cannedReport } from '../../renderer/canned-reports';

const NOW = new Date('2026-03-12T14:10:00Z');

describe('cause texts in every language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: every cause has its own title and sentence`, async () => {
      const t = await loadTranslator(locale);
      const titles = CAUSES.map((c) => causeText(c, t).title);
      for (const c of CAUSES) expect(causeText(c, t).sentence, c).toMatch(/[.。]$/);
      // Distinct causes read differently (a copy-paste slip would show two alike).
      expect(new Set(CAUSES.map((c) => causeText(c, t).sentence)).size).toBe(CAUSES.length);
      expect(titles.every((x) => x && !x.startsWith('causes.'))).toBe(true);
    });
  }

  it('a title inside a sentence keeps capitals where the language needs them', async () => {
    expect(causeTitleInSentence('tcp.refused', EN)).toBe('connection refused');
    expect(causeTitleInSentence('dns.timeout', EN)).toBe('DNS not answering');
    const de = await loadTranslator('de');
    expect(causeTitleInSentence('tcp.refused', de)).toBe('Verbindung abgelehnt'); // German nouns keep their capital
    const fr = await loadTranslator('fr');
    expect(causeTitleInSentence('tcp.refused', fr)).toBe('connexion refusée');
    expect(causeTitleInSentence('dns.timeout', fr)).toBe('le DNS ne répond pas');
  });
});

describe('the verdict in the person’s language', () => {
  it('rebuilds the headline and explanation from the light and cause, not from the stored English', async () => {
    const red = cannedReport('red');
    const ja = await loadTranslator('ja');
    const words = verdictText(red.verdict, red.checks, ja);
    expect(words.headline).toBe(headlineFor(red.verdict.light, red.verdict.primaryCause, ja));
    expect(words.headline).not.toBe(red.verdict.headline);
    expect(words.explanation).toBe(causeText(red.verdict.primaryCause!, ja).sentence);
    // English is what the engine stored.
    expect(verdictText(red.verdict, red.checks, EN)).toEqual({ headline: red.verdict.headline, explanation: red.verdict.explanation });
  });

  it('says how far the clock is off in the locale’s numbers', async () => {
    const checks: CheckResult[] = [
      { id: 'signin-endpoints', title: 'Sign-in', status: 'pass', cause: null, summary: '', durationMs: 1, data: { endpoints: [] }, fixes: [] },
      {
        id: 'clock',
        title: 'Clock',
        status: 'fail',
        cause: 'clock.skew',
        summary: '',
        durationMs: 1,
        data: { offsetMs: 4500, errorBoundMs: 20 },
        fixes: [],
      },
    ] as unknown as CheckResult[];
    const verdict = computeVerdict(checks, NOW.getTime());
    expect(verdict.explanation).toMatch(/^This Mac’s clock is 4\.5 s behind;/);
    const de = await loadTranslator('de');
    expect(verdictText(verdict, checks, de)).toEqual({
      headline: 'Die Uhr deines Mac geht falsch, daher scheitert die Anmeldung',
      explanation: 'Die Uhr dieses Mac geht 4,5 s nach; sichere Verbindungen und Bestätigungscodes scheitern, wenn die Uhrzeit nicht stimmt.',
    });
  });

  it('keeps an explanation only the engine can word (what Apple’s log said) as it was stored', async () => {
    const red = cannedReport('red');
    const odd: Verdict = { ...red.verdict, explanation: 'akd reported AKAuthenticationError -7035 at 14:02.' };
    expect(verdictText(odd, red.checks, await loadTranslator('fr')).explanation).toBe(odd.explanation);
  });
});

describe('presentation words', () => {
  it('durations use the locale’s decimal separator, units and plurals', async () => {
    const [de, fr, ja, zh] = await Promise.all([loadTranslator('de'), loadTranslator('fr'), loadTranslator('ja'), loadTranslator('zh-Hans')]);
    expect(formatDuration(4500, EN)).toBe('4.5 s');
    expect(formatDuration(4500, de)).toBe('4,5 s');
    expect(formatDuration(65_000, fr)).toBe('1 min 5 s');
    expect(formatDuration(7_500_000, ja)).toBe('2時間5分');
    expect(formatDuration(3 * 86_400_000, zh)).toBe('3 天');
    expect(formatDuration(3 * 86_400_000, de)).toBe('3 Tage');
    expect(formatDuration(Number.NaN, de)).toBe('—');
  });

  it('lights and statuses have one word each, per language', async () => {
    const es = await loadTranslator('es');
    expect(lightWord('red', es)).toBe('Problema');
    expect(statusWords(await loadTranslator('ja'))).toEqual({ pass: 'OK', warn: '注意', fail: '失敗', skip: '未チェック', error: 'チェック不可' });
    expect(listOf(['a', 'b', 'c'], EN)).toBe('a, b and c');
    expect(listOf(['a', 'b', 'c'], await loadTranslator('de'))).toBe('a, b und c');
  });

  it('a check that did not run says so in the language, naming the tool as it is', async () => {
    const fr = await loadTranslator('fr');
    expect(notCheckedLine({ status: 'error', cause: 'cmd.timeout', summary: 'scutil --proxy did not finish in time.' }, fr)).toBe(
      'Non vérifié : scutil a dépassé le délai',
    );
    expect(notCheckedLine({ status: 'skip', cause: null, summary: '' }, fr)).toBe('Non vérifié : ne s’exécute que sous macOS');
  });
});

describe('the support report in the person’s language', () => {
  const input = {
    report: cannedReport('red'),
    history: cannedHistory(NOW),
    request: {
      format: 'markdown' as const,
      includePersonal: false,
      stepsDone: [{ cardId: 'dns-server-failing', step: 1, at: '2026-03-12T14:08:00Z' }],
      symptom: 'codes-not-arriving',
    },
    now: NOW,
  };

  it('German: headings, fixed lines, card words and dates are German; cause ids stay', async () => {
    const de = await loadTranslator('de');
    const text = buildSupportReport(input, de).text;
    expect(text).toMatch(/^# Bericht zur Anmeldung beim Apple Account\n/);
    expect(text).toContain('Erstellt von appleid-doctor am 12.03.2026, 14:10:00 UTC. Persönliche Angaben: ausgeblendet');
    expect(text).toContain('## Dieser Mac');
    expect(text).toContain('Hauptursache: `dns.nxdomain` (Apples Adresse nicht gefunden)');
    expect(text).toContain('**ROT — Dieses Netzwerk findet Apples Anmeldeserver nicht**');
    expect(text).toContain('## Beschriebenes Problem\nBestätigungscodes kommen nicht an (`codes-not-arriving`)');
    expect(text).toContain('- 12.03.2026, 14:08:00 UTC — Lösung: Repariere oder ersetze den DNS-Server, Schritt 2: Verbinde dich mit einem anderen Netzwerk');
    expect(text).toMatch(/\d+ Prüfungen: \d+ grün, \d+ gelb, \d+ rot\./);
    expect(text).not.toMatch(/## This Mac|Main cause|Steps already tried/);
  });

  it('Japanese and Chinese write the date their way', async () => {
    expect(buildSupportReport(input, await loadTranslator('ja')).text).toContain('2026/03/12 14:10:00 UTC');
    expect(buildSupportReport(input, await loadTranslator('zh-Hans')).text).toContain('## 这台 Mac');
  });

  it('the JSON export stays English whatever the language, like --json', async () => {
    const json = (t: Parameters<typeof buildSupportReport>[1]) => buildSupportReport({ ...input, request: { ...input.request, format: 'json' } }, t).text;
    expect(json(await loadTranslator('de'))).toBe(json(EN));
  });
});
