/** The line under a card after Re-check: running, fixed, or still failing (announced politely). */
import { useUi } from '../stores/hooks';

export function RecheckResult({ owner }: { owner: string }) {
  const r = useUi((s) => s.rechecks[owner]);
  return (
    <p className={`recheck-result${r?.state === 'done' ? (r.worked ? ' ok' : r.worked === false ? ' bad' : ' unknown') : ''}`} aria-live="polite">
      {r?.state === 'running' ? 'Checking again…' : r?.state === 'done' ? r.text : ''}
    </p>
  );
}
