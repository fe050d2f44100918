/**
 * The status header: big light (shape + word), headline, the primary cause in one sentence, when
 * it was last checked and Check now with live progress. Fixed line boxes so nothing moves while
 * results stream in.
 */
import { checkNow } from '../app-actions';
import { formatMs, relativeTime, shortDateTime, untilTime } from '../lib/format';
import { headerView } from '../lib/header';
import { useDiagnosis, useT } from '../stores/hooks';
import { LightShape } from './icons';
import { useNow } from './use-now';

export function StatusHeader() {
  const t = useT();
  const app = useDiagnosis((s) => s.app);
  const loaded = useDiagnosis((s) => s.loaded);
  const bridgeError = useDiagnosis((s) => s.bridgeError);
  const checking = useDiagnosis((s) => s.checking);
  const now = useNow();
  const view = headerView(app, t);
  const running = !!view.progress || checking;
  const headline = bridgeError ? t.t('ui.header.noService') : view.headline;
  const sentence = bridgeError ? bridgeError : view.sentence;
  const next = untilTime(app.nextCheckAt, now, t);

  return (
    <header className="header">
      <div className="status" role="status" data-light={view.light} data-loaded={loaded ? 'true' : 'false'}>
        <div className="light">
          <LightShape light={view.light} size={30} />
          <span className="light-word">{bridgeError ? t.t('ui.header.noData') : view.word}</span>
        </div>
        <div className="status-text">
          <h1 className="headline" title={headline}>
            {headline}
          </h1>
          <p className="cause" title={sentence}>
            {sentence}
          </p>
        </div>
      </div>
      <div className="header-foot">
        <div className="when">
          {view.progress ? (
            <>
              <progress
                className="run-progress"
                max={Math.max(view.progress.total, 1)}
                value={view.progress.done}
                aria-label={t.t('ui.header.progressLabel', { done: view.progress.done, total: view.progress.total })}
              />
              <span className="when-text">{t.t('ui.header.progress', { done: view.progress.done, total: view.progress.total })}</span>
            </>
          ) : (
            <span
              className="when-text"
              title={
                view.checkedAt && app.report
                  ? t.t('ui.header.checkedTitle', { at: shortDateTime(view.checkedAt, t), took: formatMs(app.report.durationMs, t) })
                  : undefined
              }
            >
              {view.checkedAt ? t.t('ui.header.checked', { ago: relativeTime(view.checkedAt, now, t) }) : t.t('ui.header.notChecked')}
              {next ? t.t('ui.header.next', { when: next }) : ''}
            </span>
          )}
          {view.unstable && <span className="chip chip-warn">{t.t('ui.header.unstable')}</span>}
        </div>
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus mid-run. */}
        <button type="button" className="btn btn-primary" onClick={() => !running && !bridgeError && void checkNow()} aria-disabled={running || !!bridgeError}>
          {running ? t.t('ui.checking') : t.t('ui.header.checkNow')}
        </button>
      </div>
    </header>
  );
}
