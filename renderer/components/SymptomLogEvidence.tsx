/** A symptom guide's live evidence from Apple's own log (the events that match this symptom). */
import { eventCodeText, relateAppleLog } from '../../shared/apple-codes/relate';
import { eventsForSymptom } from '../../shared/apple-codes/symptom-match';
import { useDiagnosis } from '../stores/hooks';

export function SymptomLogEvidence({ symptomId }: { symptomId: string }) {
  const report = useDiagnosis((s) => s.app.report);
  if (!report) return null;
  const matches = eventsForSymptom(symptomId, relateAppleLog(report.checks)).slice(0, 4);
  if (matches.length === 0) return null;
  return (
    <div className="callout callout-bad" data-symptom-log={symptomId}>
      <p>What Apple’s software said that matches this:</p>
      <ul className="apple-said-list">
        {matches.map((r) => (
          <li key={`${r.event.process}|${r.event.domain}|${r.event.code}|${r.event.at}`}>
            <time dateTime={r.event.at}>{new Date(r.event.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</time> {r.event.process}:{' '}
            {eventCodeText(r.event)}
            {r.event.meaning ? ` — ${r.event.meaning}` : ''}
            {r.relation === 'history' ? ' (works now)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
