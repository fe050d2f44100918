/**
 * Imported FIRST by main.tsx: connects the bridge while the rest of the bundle (React, the fix
 * catalog, the views) is still being evaluated, so the state request is already in flight when
 * the first render happens. Nothing here may import React or the catalog.
 */
import { attachBridge, bridgeFailed } from './app-actions';
import { getBridge } from './bridge/get-bridge';

try {
  attachBridge(getBridge());
} catch (err) {
  bridgeFailed(err);
}
