/**
 * Imported FIRST by main.tsx: connects the bridge and starts loading the page's language while the
 * rest of the bundle (React, the fix catalog, the views) is still being evaluated, so the state
 * request and the locale chunk are both in flight when the first render happens. Nothing here may
 * import React or the fix catalog.
 */
import { attachBridge, bridgeFailed } from './app-actions';
import { getBridge } from './bridge/get-bridge';
import { startLocale } from './stores/i18n-store';

/** Settles when the popover's translator is in place (at once for English). */
export const localeReady = startLocale(window.location.search);

try {
  attachBridge(getBridge());
} catch (err) {
  bridgeFailed(err);
}
