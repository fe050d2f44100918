/** What the status header says, derived from the app state. Pure. */
import { causeText } from '../../shared/cause-text';
import { verdictText } from '../../shared/headlines';
import { EN, type Translator } from '../../shared/i18n';
import type { AppState } from '../../shared/ipc';
import { lightWords } from '../../shared/presentation';
import type { Light } from '../../shared/report';
import { runProgress } from './check-rows';

export type HeaderLight = Light | 'checking';

export interface HeaderView {
  light: HeaderLight;
  /** The light in one word (the light is never colour-only). */
  word: string;
  headline: string;
  sentence: string;
  /** ISO time of the last complete report. */
  checkedAt: string | null;
  progress: { done: number; total: number } | null;
  unstable: boolean;
}

/** The light in one word, the header's own `checking` included. */
export function lightWord(light: HeaderLight, t: Translator): string {
  return light === 'checking' ? t.t('ui.header.checkingWord') : lightWords(t)[light];
}

/** Header text for the current state. */
export function headerView(app: AppState, t: Translator): HeaderView {
  const report = app.report;
  const progress = runProgress(app);
  if (!report) {
    return {
      light: 'checking',
      word: lightWord('checking', t),
      headline: t.t('ui.header.checkingHeadline'),
      sentence: t.t('ui.header.checkingSentence'),
      checkedAt: null,
      progress,
      unstable: app.unstable,
    };
  }
  const v = report.verdict;
  const cause = v.primaryCause ? causeText(v.primaryCause, t) : null;
  // The report stores its verdict in English and `verdictText` shows it as stored for `EN`; the
  // popover's English translator is its own instance (built from the namespaces it loaded), so say so.
  const words = verdictText(v, report.checks, t.locale === 'en' ? EN : t);
  const sentence = words.explanation || cause?.sentence || (v.light === 'green' ? t.t('ui.header.greenSentence') : '');
  return {
    light: v.light,
    word: lightWord(v.light, t),
    headline: words.headline,
    sentence,
    checkedAt: report.startedAt,
    progress,
    unstable: app.unstable,
  };
}
