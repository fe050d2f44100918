/** Renderer entry. `./boot` must stay the first import (see there); then render the popover. */
import './boot';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { localeReady } from './boot';
import { App } from './components/App';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // Commit the first frame synchronously instead of one scheduler task later: the status header
  // (with the state the boot script already requested) is the first thing the user must see. It
  // waits for the locale chunk boot.ts started (local, loaded in parallel with the bridge), so
  // the first frame is already in the person's language.
  void localeReady.then(() => flushSync(() => reactRoot.render(<App />)));
}
