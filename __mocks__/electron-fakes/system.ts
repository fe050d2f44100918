/** Fakes of IPC, contextBridge, powerMonitor, session, screen, nativeTheme, net and protocol (see __mocks__/electron.ts). */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

// --- IPC --------------------------------------------------------------------------------------

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, InvokeHandler>();
export const ipcMain = Object.assign(new EventEmitter(), {
  handlers,
  handle: vi.fn((channel: string, fn: InvokeHandler) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, fn);
  }),
  removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  /** Test helper: call a handler as Electron would for `event` (async, like ipcRenderer.invoke). */
  async invokeAs(channel: string, event: { sender: unknown; senderFrame: unknown }, ...args: unknown[]): Promise<unknown> {
    const fn = handlers.get(channel);
    if (!fn) throw new Error(`No handler registered for '${channel}'`);
    return fn(event, ...args);
  },
});

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
  send: vi.fn(),
});

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed[key] = api;
  }),
};

// --- system -----------------------------------------------------------------------------------

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleState: () => 'active',
  getSystemIdleTime: () => 0,
});

const permissionHandlers: { request: Listener | null; check: Listener | null; device: Listener | null } = { request: null, check: null, device: null };
export const session = {
  defaultSession: {
    permissionHandlers,
    setPermissionRequestHandler: vi.fn((h: Listener | null) => {
      permissionHandlers.request = h;
    }),
    setPermissionCheckHandler: vi.fn((h: Listener | null) => {
      permissionHandlers.check = h;
    }),
    setDevicePermissionHandler: vi.fn((h: Listener | null) => {
      permissionHandlers.device = h;
    }),
    resolveProxy: vi.fn(async (_url: string) => 'DIRECT'),
  },
};

const primaryDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 25, width: 1440, height: 875 }, scaleFactor: 2 };
export const screen = Object.assign(new EventEmitter(), {
  displays: [primaryDisplay],
  getPrimaryDisplay: () => screen.displays[0]!,
  getAllDisplays: () => screen.displays,
  getDisplayNearestPoint: (_p: { x: number; y: number }) => screen.displays[0]!,
  getDisplayMatching: (_r: unknown) => screen.displays[0]!,
  getCursorScreenPoint: () => ({ x: 0, y: 0 }),
});

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' });

export const net = { online: true, isOnline: () => net.online, fetch: vi.fn() };

const protocolHandlers = new Map<string, (req: Request) => Promise<Response> | Response>();
const privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
export const protocol = {
  handlers: protocolHandlers,
  privileged,
  registerSchemesAsPrivileged: vi.fn((schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => void privileged.push(...schemes)),
  handle: vi.fn((scheme: string, fn: (req: Request) => Promise<Response> | Response) => void protocolHandlers.set(scheme, fn)),
  unhandle: vi.fn((scheme: string) => void protocolHandlers.delete(scheme)),
  isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
};

/** Restore the fake's state (registries, instances, flags) between tests. */

/** Clear every registry (IPC handlers, permission handlers, protocols) and listener. */
export function resetSystemFakes(): void {
  handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  contextBridge.exposed = {};
  powerMonitor.removeAllListeners();
  permissionHandlers.request = null;
  permissionHandlers.check = null;
  permissionHandlers.device = null;
  protocolHandlers.clear();
  privileged.length = 0;
  screen.displays = [primaryDisplay];
  net.online = true;
}

/** systemPreferences: the accent colour macOS reports ("RRGGBBAA"), and its change event. */
export const systemPreferences = Object.assign(new EventEmitter(), { getAccentColor: () => '007affff' });
