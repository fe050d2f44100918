/**
 * The status header: big light (shape + word), headline, the primary cause in one sentence, when
 * it was last checked and Check now with live progress. Fixed line boxes so nothing moves while
 * results stream in.
 */
import { checkNow } from '../app-actions';
import { formatMs, relativeTime, shortDateTime, untilTime } from '../lib/format';
import { headerView } from '../lib/header';
import { useDiagnosis } from '../stores/hooks';
import { LightShape } from './icons';
import { useNow } from './use-now';

export function StatusHeader() {
  const app = useDiagnosis((s) => s.app);
  const loaded = useDiagnosis((s) => s.loaded);
  const bridgeError = useDiagnosis((s) => s.bridgeError);
  const checking = useDiagnosis((s) => s.checking);
  const now = useNow();
  const view = headerView(app);
  const running = !!view.progress || checking;
  const headline = bridgeError ? 'The diagnosis service is not available' : view.headline;
  const sentence = bridgeError ? bridgeError : view.sentence;
  const next = untilTime(app.nextCheckAt, now);

  return (
    <header className="header">
      <div className="status" role="status" data-light={view.light} data-loaded={loaded ? 'true' : 'false'}>
        <div className="light">
          <LightShape light={view.light} size={30} />
          <span className="light-word">{bridgeError ? 'No data' : view.word}</span>
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
                aria-label={`Checks finished: ${view.progress.done} of ${view.progress.total}`}
              />
              <span className="when-text">
                Checking… {view.progress.done} of {view.progress.total}
              </span>
            </>
          ) : (
            <span
              className="when-text"
              title={view.checkedAt && app.report ? `${shortDateTime(view.checkedAt)}, took ${formatMs(app.report.durationMs)}` : undefined}
            >
              {view.checkedAt ? `Checked ${relativeTime(view.checkedAt, now)}` : 'Not checked yet'}
              {next ? ` · next ${next}` : ''}
            </span>
          )}
          {view.unstable && <span className="chip chip-warn">Unstable connection</span>}
        </div>
        {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus mid-run. */}
        <button type="button" className="btn btn-primary" onClick={() => !running && !bridgeError && void checkNow()} aria-disabled={running || !!bridgeError}>
          {running ? 'Checking…' : 'Check now'}
        </button>
      </div>
    </header>
  );
}
