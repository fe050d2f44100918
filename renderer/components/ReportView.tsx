/**
 * Support report: Markdown or JSON, personal details left out unless the user turns them on
 * (the toggle is always visible), a preview of exactly what will be shared, Copy and Save.
 */

import { EN } from '../../shared/i18n';
import { buildReport, copyText, showToast } from '../app-actions';
import { useReport, useUi } from '../stores/hooks';
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
  const { format, includePersonal, result, loading, error } = useReport((s) => s);
  const ticked = useUi((s) => Object.keys(s.stepsDone).length);
  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title" className="section-title">
        Support report
      </h2>
      <p className="hint">
        For Apple Support or your IT admin: this Mac, the verdict, every check’s evidence{ticked ? `, the ${ticked} steps you ticked` : ''} and the last 24
        hours.
      </p>
      <SupportContact />
      <div className="report-controls">
        <fieldset className="segmented" aria-label="Format">
          {(['markdown', 'json'] as const).map((f) => (
            <label key={f} className={`seg${format === f ? ' seg-on' : ''}`}>
              <input type="radio" name="report-format" value={f} checked={format === f} onChange={() => void buildReport({ format: f })} />
              {f === 'markdown' ? 'Text (Markdown)' : 'JSON'}
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
          <span>Include personal details</span>
        </label>
      </div>
      <p className={`redaction ${includePersonal ? 'redaction-off' : 'redaction-on'}`} data-redacted={includePersonal ? 'false' : 'true'}>
        {includePersonal
          ? 'Your Apple Account, phone numbers, IP addresses, user and computer names are INCLUDED.'
          : 'Hidden: your Apple Account, phone numbers, IP addresses, user and computer names.'}
      </p>
      {error && <p className="callout callout-bad">Could not build the report: {error}</p>}
      <textarea className="report-preview" readOnly aria-label="Report preview" aria-busy={loading} value={result?.text ?? (loading ? 'Preparing…' : '')} />
      <div className="report-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!result}
          onClick={async () => {
            if (result && (await copyText(result.text))) showToast('Report copied. Paste it into your message to support.');
            else showToast('Could not use the clipboard. Select the text above and copy it.', 'error');
          }}
        >
          Copy report
        </button>
        <button type="button" className="btn" disabled={!result} onClick={() => result && save(result.filename, result.mime, result.text)}>
          Save as file…
        </button>
      </div>
      <StepsTried t={EN} refresh={result} />
    </section>
  );
}
