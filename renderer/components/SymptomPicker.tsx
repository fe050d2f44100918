/**
 * "What are you seeing?": the symptom table made interactive. Picking a symptom runs the checks
 * that can see it, then walks the manual steps no probe can do, ending with the support report.
 */
import { checkTitle } from '../../shared/i18n/check-text';
import { findSymptom, type Symptom, symptoms } from '../../shared/symptoms';
import { openSymptom, openTab, recheck } from '../app-actions';
import { latestResults } from '../lib/check-rows';
import { useDiagnosis, useT, useUi } from '../stores/hooks';
import { statusWord } from './ChecksList';
import { Chevron, StatusGlyph } from './icons';
import { RecheckResult } from './RecheckResult';
import { StepList } from './StepList';
import { SymptomLogEvidence } from './SymptomLogEvidence';

function SymptomGuide({ symptom }: { symptom: Symptom }) {
  const t = useT();
  const app = useDiagnosis((s) => s.app);
  const owner = `symptom.${symptom.id}`;
  const running = useUi((s) => s.rechecks[owner]?.state === 'running');
  const latest = latestResults(app);
  const pending = new Set(app.running?.pending ?? []);
  const failing = symptom.checks.filter((id) => !pending.has(id) && (latest.get(id)?.status === 'fail' || latest.get(id)?.status === 'warn'));
  const steps = symptom.steps.map((s) => ({ text: s.text, detail: s.detail, action: s.action, escalate: s.kind === 'escalate' }));
  return (
    <section className="guide" aria-labelledby="guide-title">
      <button type="button" className="btn-link back" onClick={() => openSymptom(null)}>
        {t.t('ui.symptoms.back')}
      </button>
      <h2 id="guide-title" className="guide-title">
        {symptom.title}
      </h2>
      <p className="guide-desc">{symptom.description}</p>

      <h3 className="section-title">{t.t('ui.symptoms.first')}</h3>
      <ul className="mini-rows">
        {symptom.checks.map((id) => {
          const status = pending.has(id) || !latest.has(id) ? 'running' : latest.get(id)!.status;
          return (
            <li key={id} className={`mini-row row-${status}`} data-check={id} data-status={status}>
              <StatusGlyph status={status} />
              <span className="mini-title">{checkTitle(t, id)}</span>
              <span className="row-status">{statusWord(status, t)}</span>
            </li>
          );
        })}
      </ul>
      <div className="card-foot">
        <button type="button" className="btn btn-small" aria-disabled={running} onClick={() => !running && void recheck(owner, symptom.checks, symptom.checks)}>
          {running ? t.t('ui.checking') : t.t('ui.symptoms.runAgain')}
        </button>
        <RecheckResult owner={owner} />
      </div>
      {failing.length > 0 && (
        <p className="callout callout-bad">
          {t.t('ui.symptoms.failing', { count: failing.length })}{' '}
          <button type="button" className="btn-link" onClick={() => openTab('status')}>
            {t.t('ui.symptoms.showFix')}
          </button>
        </p>
      )}

      <SymptomLogEvidence symptomId={symptom.id} />

      <h3 className="section-title">{t.t('ui.symptoms.then')}</h3>
      <StepList
        owner={owner}
        steps={steps}
        watched={symptom.checks}
        extraFor={(i) =>
          symptom.steps[i]?.kind === 'escalate' ? (
            <button type="button" className="btn btn-small btn-primary" onClick={() => openTab('report')}>
              {t.t('ui.symptoms.prepareReport')}
            </button>
          ) : null
        }
      />
    </section>
  );
}

export function SymptomPicker() {
  const t = useT();
  const symptomId = useUi((s) => s.symptomId);
  const symptom = symptomId ? findSymptom(symptomId, t) : null;
  if (symptom) return <SymptomGuide symptom={symptom} />;
  return (
    <section className="picker" aria-labelledby="picker-title">
      <h2 id="picker-title" className="section-title">
        {t.t('ui.symptoms.title')}
      </h2>
      <p className="hint">{t.t('ui.symptoms.hint')}</p>
      <ul className="symptoms">
        {symptoms(t).map((s) => (
          <li key={s.id}>
            <button type="button" className="symptom" onClick={() => openSymptom(s.id, s.checks)} data-symptom={s.id}>
              <span className="symptom-text">
                <span className="symptom-title">{s.title}</span>
                <span className="symptom-desc">{s.description}</span>
              </span>
              <Chevron open={false} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
