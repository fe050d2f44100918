/**
 * Preload of the popover (sandboxed: bundled into ONE file by build/build.mjs with only
 * `electron` external, since a sandboxed preload can require nothing else). Exposes the
 * capability API as `window.appleidDoctor` through contextBridge (contextIsolation is on).
 */
import { contextBridge } from 'electron';
import { createBridgeApi } from '../../shared/bridge';
import { ipcTransport } from './preload/ipc';

contextBridge.exposeInMainWorld('appleidDoctor', createBridgeApi(ipcTransport));
