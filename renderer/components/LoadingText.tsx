/** "Loading…" for a view still on its way: its chunk (App's Suspense fallback) or its data (History). */
import { useEffect, useState } from 'react';
import { useT } from '../stores/hooks';

/**
 * What is loading usually arrives within a few frames (the Status panel's chunk on every open,
 * history over IPC): shown at once, "Loading…" flashed for those frames. So the line is kept
 * (nothing shifts when it appears) but stays invisible until the wait is long enough to notice:
 * ~0.1 s reads as instant, ~1 s interrupts the flow (Nielsen, "Response Times: The 3 Important
 * Limits", https://www.nngroup.com/articles/response-times-3-important-limits/).
 */
const LOADING_TEXT_AFTER_MS = 300;

/** The loading line: in the layout at once, visible (and read out) only after 300 ms. */
export function LoadingText() {
  const t = useT();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), LOADING_TEXT_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <p className={shown ? 'empty' : 'empty pending'} data-loading="" aria-hidden={!shown}>
      {t.t('ui.loading')}
    </p>
  );
}
