/** The one global the renderer reads: the bridge, set by the Electron preload or, in a plain browser, early-boot.ts. */
import type { BridgeApi } from '../../shared/ipc';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge) or, in a plain browser, by early-boot.ts. */
    appleidDoctor?: BridgeApi;
  }
}
