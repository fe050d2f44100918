/**
 * The renderer's only way to the main process: `window.appleidDoctor`, provided by the Electron
 * preload or — in a plain browser — by renderer/early-boot.ts before this bundle runs. Nothing
 * else in the renderer knows which host it runs in.
 */
import type { BridgeApi } from '../../shared/ipc';
import './window';

/** The bridge for this page. Throws with plain words when none was provided. */
export function getBridge(): BridgeApi {
  if (window.appleidDoctor) return window.appleidDoctor;
  throw new Error('Open this page with the address printed by “npm run preview” (it includes a one-time key).');
}
