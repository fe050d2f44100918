/**
 * "Steps already tried" on the report page: what the person did in the app (opened a pane,
 * copied a command, ran a repair and how it ended, ticked a step, checked again and the light
 * after it), each with its time — the list Apple Support asks for, visible before it is shared.
 * Read from the main process's steps log (the same records the support report carries).
 */
import { useEffect, useState } from 'react';
import type { Translator } from '../../shared/i18n';
import type { StepRecord } from '../../shared/repairs';
import { listSteps } from '../app-actions';

/** The window the support report covers (electron/service/app-core.ts HISTORY_FOR_EXPORT_MS). */
const WINDOW_MS = 30 * 86_400_000;
/** The page shows the newest ones; the report has them all. */
const SHOWN = 20;

type Load = { kind: 'loading' } | { kind: 'ready'; steps: StepRecord[] } | { kind: 'error'; error: string };

/** `refresh` changes whenever the report was rebuilt (new steps may have been recorded). */
export function StepsTried({ t, refresh }: { t: Translator; refresh: unknown }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` is the trigger to read the log again
  useEffect(() => {
    let live = true;
    listSteps(WINDOW_MS).then(
      (steps) => live && setLoad({ kind: 'ready', steps }),
      (err: unknown) => live && setLoad({ kind: 'error', error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [refresh]);

  const steps = load.kind === 'ready' ? load.steps : [];
  const shown = steps.slice(-SHOWN);
  return (
    <section className="steps-tried" aria-labelledby="steps-tried-title" aria-busy={load.kind === 'loading'}>
      <h3 id="steps-tried-title" className="steps-tried-title">
        {t.t('repair.steps.title')}
      </h3>
      {load.kind === 'error' && <p className="callout callout-bad">{t.t('repair.steps.error', { error: load.error })}</p>}
      {load.kind === 'ready' && steps.length === 0 && <p className="steps-tried-none">{t.t('repair.steps.none')}</p>}
      {shown.length > 0 && (
        <>
          <p className="steps-tried-hint">{t.t('repair.steps.hint')}</p>
          {steps.length > shown.length && <p className="steps-tried-hint">{t.t('repair.steps.earlier', { n: steps.length - shown.length })}</p>}
          <ol className="steps-tried-list">
            {shown.map((s) => (
              <li key={`${s.at}|${s.kind}|${s.text}`} className={`steps-tried-item steps-kind-${s.kind}`}>
                <time className="steps-tried-at" dateTime={s.at}>
                  {t.dateTime(Date.parse(s.at), { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
                <span className="steps-tried-text">{s.text}</span>
                {s.light && <span className={`steps-tried-light steps-light-${s.light}`}>{t.t('repair.steps.light', { light: s.light })}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
