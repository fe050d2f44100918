/** History: latency sparkline per sign-in endpoint (24 h / 7 days) and the timeline of changes. */
import { causeText } from '../../shared/cause-text';
import { loadHistory } from '../app-actions';
import { formatMs, shortDateTime } from '../lib/format';
import { lightWord } from '../lib/header';
import { findCheckData } from '../lib/report-data';
import { buildSparkline, endpointIds, type Sparkline, timeline } from '../lib/sparkline';
import { useDiagnosis, useHistory, useT } from '../stores/hooks';
import { StatusGlyph } from './icons';
import { LoadingText } from './LoadingText';
import { useNow } from './use-now';

const W = 120;
const H = 26;
const SPAN = { '24h': 86_400_000, '7d': 7 * 86_400_000 } as const;
const GLYPH = { green: 'pass', amber: 'warn', red: 'fail' } as const;

function SparkRow({ line, label, days }: { line: Sparkline; label: string; days: 1 | 7 }) {
  const t = useT();
  const desc = line.samples
    ? t.t('ui.history.sparkDesc', {
        host: label,
        typical: formatMs(line.medianMs, t),
        slowest: formatMs(line.maxMs, t),
        failed: line.failures.length,
        samples: line.samples,
        days,
      })
    : t.t('ui.history.sparkEmpty', { host: label, days });
  return (
    <li className="spark-row">
      <span className="spark-label" title={label}>
        {label}
      </span>
      <svg className="spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={desc}>
        <line className="spark-base" x1="0" y1={H - 1} x2={W} y2={H - 1} />
        {line.path && <path className="spark-line" d={line.path} />}
        {line.last && <circle className="spark-dot" cx={line.last.x} cy={line.last.y} r="2.2" />}
        {line.failures.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: positions may repeat; order is stable
          <rect key={i} className="spark-fail" x={Math.max(0, x - 1)} y={H - 7} width="2" height="6" />
        ))}
      </svg>
      <span className="spark-value" aria-hidden="true">
        <span>{formatMs(line.medianMs, t)}</span>
        {line.failures.length > 0 && <span className="spark-failed">{t.t('ui.history.failed', { count: line.failures.length })}</span>}
      </span>
    </li>
  );
}

export function HistoryView() {
  const t = useT();
  const { entries, window, loading, error } = useHistory((s) => s);
  const report = useDiagnosis((s) => s.app.report);
  const now = useNow(60_000);
  const hosts = new Map<string, string>();
  for (const e of findCheckData(report, 'signin-endpoints', 'endpoints')) {
    if (typeof e.id === 'string' && typeof e.host === 'string') hosts.set(e.id, e.host);
  }
  const inWindow = entries.filter((e) => Date.parse(e.at) >= now - SPAN[window]);
  const segments = timeline(inWindow);
  const days = window === '24h' ? 1 : 7;
  return (
    <section className="history" aria-labelledby="history-title">
      <div className="section-head">
        <h2 id="history-title" className="section-title">
          {t.t('ui.history.title')}
        </h2>
        <fieldset className="segmented" aria-label={t.t('ui.history.range')}>
          {(['24h', '7d'] as const).map((w) => (
            <label key={w} className={`seg${window === w ? ' seg-on' : ''}`}>
              <input type="radio" name="history-window" value={w} checked={window === w} onChange={() => void loadHistory(w)} />
              {t.t('ui.history.window', { days: w === '24h' ? 1 : 7 })}
            </label>
          ))}
        </fieldset>
      </div>
      {error && <p className="callout callout-bad">{t.t('ui.history.error', { error })}</p>}
      {!error && !inWindow.length && (loading ? <LoadingText /> : <p className="empty">{t.t('ui.history.none', { days })}</p>)}
      {inWindow.length > 0 && (
        <ul className="sparks">
          {endpointIds(inWindow).map((id) => (
            <SparkRow key={id} line={buildSparkline(inWindow, id, now, SPAN[window], W, H)} label={hosts.get(id) ?? id} days={days} />
          ))}
        </ul>
      )}
      <h2 className="section-title">{t.t('ui.history.changes')}</h2>
      <ol className="timeline">
        {segments.map((s) => (
          <li key={s.from} className={`tl tl-${s.light}`}>
            <StatusGlyph status={GLYPH[s.light]} />
            <div className="tl-text">
              <span className="tl-title">
                {s.cause ? causeText(s.cause, t).title : s.light === 'green' ? t.t('ui.history.working') : lightWord(s.light, t)}
                {s.unstable ? t.t('ui.history.unstable') : ''}
              </span>
              <span className="tl-when">
                {s.from === s.to
                  ? t.t('ui.history.when', { at: shortDateTime(s.from, t), checks: s.checks })
                  : t.t('ui.history.span', { from: shortDateTime(s.from, t), to: shortDateTime(s.to, t), checks: s.checks })}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
