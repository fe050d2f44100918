/** A symptom guide's live evidence from Apple's own log (the events that match this symptom). */
import { eventCodeText, relateAppleLog } from '../../shared/apple-codes/relate';
import { eventsForSymptom } from '../../shared/apple-codes/symptom-match';
import { clockTime } from '../lib/format';
import { useDiagnosis, useT } from '../stores/hooks';

export function SymptomLogEvidence({ symptomId }: { symptomId: string }) {
  const t = useT();
  const report = useDiagnosis((s) => s.app.report);
  if (!report) return null;
  const matches = eventsForSymptom(symptomId, relateAppleLog(report.checks)).slice(0, 4);
  if (matches.length === 0) return null;
  return (
    <div className="callout callout-bad" data-symptom-log={symptomId}>
      <p>{t.t('ui.symptomLog.title')}</p>
      <ul className="apple-said-list">
        {matches.map((r) => (
          <li key={`${r.event.process}|${r.event.domain}|${r.event.code}|${r.event.at}`}>
            <time dateTime={r.event.at}>{clockTime(r.event.at, t)}</time>{' '}
            {t.t('ui.symptomLog.event', {
              process: r.event.process,
              code: eventCodeText(r.event),
              meaning: r.event.meaning ?? '',
              hasMeaning: r.event.meaning ? 'yes' : 'no',
              history: r.relation === 'history' ? 'yes' : 'no',
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
