/**
 * "What Apple’s software said": the errors macOS logged for sign-in, codes and push (the
 * apple-log check), each with its time, process, code, Apple's name, the meaning in words, how it
 * relates to what the live checks see now, and the card that fixes it. Says so when the log
 * could not be read. Text only (rendered as text nodes).
 */
import { type EventRelation, eventCodeText, relateAppleLog } from '../../shared/apple-codes/relate';
import { fixCards, fixIdsForCause } from '../../shared/fix-catalog';
import type { MessageKey } from '../../shared/i18n';
import { clockTime } from '../lib/format';
import { useDiagnosis, useT } from '../stores/hooks';
import { uiStore } from '../stores/ui-store';

const RELATION: Record<EventRelation, { label: MessageKey; tone: 'bad' | 'warn' | 'ok' | 'info' }> = {
  primary: { label: 'ui.appleLog.relation.primary', tone: 'bad' },
  explained: { label: 'ui.appleLog.relation.explained', tone: 'warn' },
  corroborates: { label: 'ui.appleLog.relation.corroborates', tone: 'warn' },
  history: { label: 'ui.appleLog.relation.history', tone: 'ok' },
  info: { label: 'ui.appleLog.relation.info', tone: 'info' },
};

export function AppleLogSaid() {
  const t = useT();
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
        {t.t('ui.appleLog.title')}
      </h2>
      {unreadable ? (
        <p className="apple-said-note">{t.t('ui.appleLog.unreadable', { reason: check.summary.replace(/^Apple’s log could not be read: /, '') })}</p>
      ) : null}
      <ul className="apple-said-list">
        {shown.map((r) => {
          const e = r.event;
          const rel = RELATION[r.relation];
          const cardId = r.relation === 'primary' && e.cause ? fixIdsForCause(e.cause)[0] : undefined;
          const card = cardId ? fixCards(t)[cardId] : undefined;
          return (
            <li key={`${e.process}|${e.domain}|${e.code}|${e.at}`} className={`apple-said-item said-${rel.tone}`}>
              <div className="said-head">
                <time dateTime={e.at}>{clockTime(e.at, t)}</time>
                <span className="said-process">{e.process}</span>
                {e.count > 1 ? <span className="said-count">{t.t('ui.appleLog.count', { count: e.count })}</span> : null}
              </div>
              <div className="said-code">{eventCodeText(e)}</div>
              {e.meaning ? <p className="said-meaning">{e.meaning}</p> : null}
              <p className="said-relation">
                {r.liveCause ? t.t('ui.appleLog.relationWithCause', { relation: t.t(rel.label), cause: r.liveCause }) : t.t(rel.label)}
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
                  {t.t('ui.appleLog.fix', { card: card.title })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {related.length > shown.length ? <p className="apple-said-note">{t.t('ui.appleLog.more', { count: related.length - shown.length })}</p> : null}
    </section>
  );
}
