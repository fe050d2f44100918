/**
 * Support report: Markdown or JSON, personal details left out unless the user turns them on
 * (the toggle is always visible), a preview of exactly what will be shared, Copy and Save.
 */

import { buildReport, copyText, showToast } from '../app-actions';
import { useReport, useT, useUi } from '../stores/hooks';
import { SupportContact } from './ManagedLock';
import { StepsTried } from './StepsTried';

function save(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReportView() {
  const t = useT();
  const { format, includePersonal, result, loading, error } = useReport((s) => s);
  const ticked = useUi((s) => Object.keys(s.stepsDone).length);
  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" className="section-title">
        {t.t('ui.report.title')}
      </h2>
      <p className="hint">{t.t('ui.report.hint', { ticked })}</p>
      <SupportContact />
      <div className="report-controls">
        <fieldset className="segmented" aria-label={t.t('ui.report.format')}>
          {(['markdown', 'json'] as const).map((f) => (
            <label key={f} className={`seg${format === f ? ' seg-on' : ''}`}>
              <input type="radio" name="report-format" value={f} checked={format === f} onChange={() => void buildReport({ format: f })} />
              {f === 'markdown' ? t.t('ui.report.markdown') : t.t('ui.report.json')}
            </label>
          ))}
        </fieldset>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={includePersonal}
            aria-checked={includePersonal}
            onChange={(e) => void buildReport({ includePersonal: e.currentTarget.checked })}
          />
          <span className="switch-track" aria-hidden="true" />
          <span>{t.t('ui.report.personal')}</span>
        </label>
      </div>
      <p className={`redaction ${includePersonal ? 'redaction-off' : 'redaction-on'}`} data-redacted={includePersonal ? 'false' : 'true'}>
        {includePersonal ? t.t('ui.report.included') : t.t('ui.report.hidden')}
      </p>
      {error && <p className="callout callout-bad">{t.t('ui.report.error', { error })}</p>}
      <textarea
        className="report-preview"
        readOnly
        aria-label={t.t('ui.report.preview')}
        aria-busy={loading}
        value={result?.text ?? (loading ? t.t('ui.report.preparing') : '')}
      />
      <div className="report-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!result}
          onClick={async () => {
            if (result && (await copyText(result.text))) showToast(t.t('ui.report.copied'));
            else showToast(t.t('ui.report.copyFailed'), 'error');
          }}
        >
          {t.t('ui.report.copy')}
        </button>
        <button type="button" className="btn" disabled={!result} onClick={() => result && save(result.filename, result.mime, result.text)}>
          {t.t('ui.report.save')}
        </button>
      </div>
      <StepsTried t={t} refresh={result} />
    </section>
  );
}
