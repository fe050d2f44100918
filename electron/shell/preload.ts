/**
 * Preload of the popover (sandboxed: bundled into ONE file by build/build.mjs with only
 * `electron` external, since a sandboxed preload can require nothing else). Exposes the
 * capability API as `window.appleidDoctor` through contextBridge (contextIsolation is on).
 */
import { contextBridge } from 'electron';
import { createBridgeApi } from '../../shared/bridge';
import { ipcTransport } from './preload/ipc';

contextBridge.exposeInMainWorld('appleidDoctor', createBridgeApi(ipcTransport));

// The window is transparent over a vibrancy material (window-options.ts): tell the page so it
// paints tints instead of opaque backgrounds (renderer/styles/native.css).
// (The main tsconfig has no DOM lib: the page globals are typed here, loosely.)
const page = globalThis as unknown as {
  addEventListener?: (type: string, f: () => void) => void;
  document?: { documentElement: { classList: { add(c: string): void } } };
};
if (process.platform === 'darwin') page.addEventListener?.('DOMContentLoaded', () => page.document?.documentElement.classList.add('native'));
