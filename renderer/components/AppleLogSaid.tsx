/**
 * "What Apple’s software said": the errors macOS logged for sign-in, codes and push (the
 * apple-log check), each with its time, process, code, Apple's name, the meaning in words, how it
 * relates to what the live checks see now, and the card that fixes it. Says so when the log
 * could not be read. Text only (rendered as text nodes).
 */
import { type EventRelation, eventCodeText, relateAppleLog } from '../../shared/apple-codes/relate';
import { fixCards, fixIdsForCause } from '../../shared/fix-catalog';
import { EN } from '../../shared/i18n';
import { useDiagnosis } from '../stores/hooks';
import { uiStore } from '../stores/ui-store';

const RELATION: Record<EventRelation, { label: string; tone: 'bad' | 'warn' | 'ok' | 'info' }> = {
  primary: { label: 'No network check explains this', tone: 'bad' },
  explained: { label: 'Explained by what the checks found', tone: 'warn' },
  corroborates: { label: 'The checks see this now too', tone: 'warn' },
  history: { label: 'Works now', tone: 'ok' },
  info: { label: 'For the record', tone: 'info' },
};

function localTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function AppleLogSaid() {
  const report = useDiagnosis((s) => s.app.report);
  const check = report?.checks.find((c) => c.id === 'apple-log');
  if (!report || !check || check.status === 'skip') return null;
  const related = relateAppleLog(report.checks);
  const unreadable = check.status === 'error';
  if (!unreadable && related.length === 0) return null;
  const shown = [...related].reverse().slice(0, 5);
  return (
    <section className="apple-said" aria-labelledby="apple-said-title" data-block="apple-log">
      <h2 className="apple-said-title" id="apple-said-title">
        What Apple’s software said
      </h2>
      {unreadable ? (
        <p className="apple-said-note">Apple’s log could not be read on this Mac: {check.summary.replace(/^Apple’s log could not be read: /, '')}</p>
      ) : null}
      <ul className="apple-said-list">
        {shown.map((r) => {
          const e = r.event;
          const rel = RELATION[r.relation];
          const cardId = r.relation === 'primary' && e.cause ? fixIdsForCause(e.cause)[0] : undefined;
          const card = cardId ? fixCards(EN)[cardId] : undefined;
          return (
            <li key={`${e.process}|${e.domain}|${e.code}|${e.at}`} className={`apple-said-item said-${rel.tone}`}>
              <div className="said-head">
                <time dateTime={e.at}>{localTime(e.at)}</time>
                <span className="said-process">{e.process}</span>
                {e.count > 1 ? <span className="said-count">×{e.count}</span> : null}
              </div>
              <div className="said-code">{eventCodeText(e)}</div>
              {e.meaning ? <p className="said-meaning">{e.meaning}</p> : null}
              <p className="said-relation">
                {rel.label}
                {r.liveCause ? ` (${r.liveCause})` : ''}
              </p>
              {card ? (
                <button
                  type="button"
                  className="btn btn-small said-fix"
                  onClick={() => {
                    uiStore.setState((s) => ({ openCards: { ...s.openCards, [card.id]: true } }));
                    document.querySelector(`[data-card="${card.id}"]`)?.scrollIntoView({ block: 'nearest' });
                  }}
                >
                  Fix: {card.title}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {related.length > shown.length ? <p className="apple-said-note">{related.length - shown.length} more in the report.</p> : null}
    </section>
  );
}
