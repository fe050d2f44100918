/** The line under a card after Re-check: running, fixed, or still failing (announced politely). */
import { useT, useUi } from '../stores/hooks';

export function RecheckResult({ owner }: { owner: string }) {
  const t = useT();
  const r = useUi((s) => s.rechecks[owner]);
  return (
    <p className={`recheck-result${r?.state === 'done' ? (r.worked ? ' ok' : r.worked === false ? ' bad' : ' unknown') : ''}`} aria-live="polite">
      {r?.state === 'running' ? t.t('ui.recheck.running') : r?.state === 'done' ? r.text : ''}
    </p>
  );
}
