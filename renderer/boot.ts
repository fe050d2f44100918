/**
 * Imported FIRST by main.tsx: connects the bridge and puts the page's language in place (its
 * catalogs were started by early-boot.ts, usually before this bundle even ran), so the state
 * request and the catalogs are both in flight when the first render happens. Nothing here may
 * import React or the fix catalog.
 */
// The page's first script (an async entry of its own, see there); imported so it has always run
// before the bridge is read, even if the browser got to this bundle first.
import './early-boot';
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
