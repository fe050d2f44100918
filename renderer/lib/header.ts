/** What the status header says, derived from the app state. Pure. */
import { causeText } from '../../shared/cause-text';
import { EN } from '../../shared/i18n';
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

export const LIGHT_WORDS: Record<HeaderLight, string> = { ...lightWords(EN), checking: 'Checking' };

/** Header text for the current state. */
export function headerView(app: AppState): HeaderView {
  const report = app.report;
  const progress = runProgress(app);
  if (!report) {
    return {
      light: 'checking',
      word: LIGHT_WORDS.checking,
      headline: 'Checking your Apple Account sign-in…',
      sentence: 'Testing Apple’s sign-in servers, this network and this Mac. It takes a few seconds.',
      checkedAt: null,
      progress,
      unstable: app.unstable,
    };
  }
  const v = report.verdict;
  const cause = v.primaryCause ? causeText(v.primaryCause, EN) : null;
  const sentence = v.explanation || cause?.sentence || (v.light === 'green' ? 'Apple’s sign-in servers answer normally from this Mac.' : '');
  return {
    light: v.light,
    word: LIGHT_WORDS[v.light],
    headline: v.headline,
    sentence,
    checkedAt: report.startedAt,
    progress,
    unstable: app.unstable,
  };
}
