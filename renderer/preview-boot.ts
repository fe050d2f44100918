/**
 * Browser preview only: plays the part of the Electron preload. A separate, tiny entry script
 * that runs before the app bundle, so the socket to the preview server opens (and the server's
 * greeting with the current state arrives) while the app bundle is still loading. In Electron
 * the preload has already set `window.appleidDoctor` and this does nothing.
 */
import { createPreviewBridge } from './bridge/preview-client';
import { tokenFromHash } from './bridge/token';
import './bridge/window';

if (!window.appleidDoctor && tokenFromHash(window.location.hash)) {
  window.appleidDoctor = createPreviewBridge(window.location);
}
