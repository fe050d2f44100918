/** Renderer entry. `./boot` must stay the first import (see there); then render the popover. */
import './boot';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { localeReady } from './boot';
import { App } from './components/App';
import { whenFirstState } from './lib/first-state';
import { diagnosisStore } from './stores/diagnosis-store';
import './styles/app.css';

/** Longest wait for the bridge's first state before painting "Checking…" instead. */
const FIRST_STATE_CAP_MS = 250;

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // First frame = the state the boot script already requested (see lib/first-state.ts), in the
  // person's language (boot.ts started the one locale chunk in parallel with the bridge), committed
  // synchronously in the task that delivered both rather than one scheduler task later.
  void Promise.all([localeReady, whenFirstState(diagnosisStore, FIRST_STATE_CAP_MS)]).then(() => flushSync(() => reactRoot.render(<App />)));
}
