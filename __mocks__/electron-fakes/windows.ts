/** Fakes of `app`, web contents, frames and BrowserWindow (see __mocks__/electron.ts). */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// --- app --------------------------------------------------------------------------------------

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = true;
  singleInstanceLock = true;
  loginItem = { openAtLogin: false };
  dock = {
    hidden: false,
    hide: vi.fn(() => {
      this.dock.hidden = true;
    }),
    show: vi.fn(async () => {
      this.dock.hidden = false;
    }),
    isVisible: () => !this.dock.hidden,
  };
  quit = vi.fn();
  exit = vi.fn();
  focus = vi.fn();
  getPath = vi.fn((_name: string) => '/tmp/appleid-doctor-test');
  /** Paths set with `app.setPath` (kept as state: vitest's clearMocks empties `mock.calls`). */
  setPaths: Record<string, string> = {};
  setPath = vi.fn((name: string, path: string) => {
    this.setPaths[name] = path;
  });
  getAppPath = vi.fn(() => process.cwd());
  getVersion = () => '0.0.0-test';
  getName = () => 'appleid-doctor';
  isReady = () => this.ready;
  whenReady = () => Promise.resolve();
  requestSingleInstanceLock = vi.fn(() => this.singleInstanceLock);
  setLoginItemSettings = vi.fn((s: { openAtLogin?: boolean }) => {
    this.loginItem = { openAtLogin: Boolean(s.openAtLogin) };
  });
  getLoginItemSettings = vi.fn(() => ({ ...this.loginItem }));
  setActivationPolicy = vi.fn();
  /** What System Settings › General › Language & Region lists, most preferred first. */
  preferredSystemLanguages: string[] = ['en-US'];
  getPreferredSystemLanguages = vi.fn(() => [...this.preferredSystemLanguages]);
}
export const app = new FakeApp();

// --- webContents / frames / windows -----------------------------------------------------------

let nextId = 1;

export class FakeWebFrameMain {
  parent: FakeWebFrameMain | null;
  url: string;
  processId: number;
  routingId: number;
  constructor(url: string, parent: FakeWebFrameMain | null = null, processId = 1) {
    this.url = url;
    this.parent = parent;
    this.processId = processId;
    this.routingId = nextId++;
  }
  get top(): FakeWebFrameMain {
    return this.parent ? this.parent.top : this;
  }
}

export class FakeWebContents extends EventEmitter {
  id = nextId++;
  mainFrame = new FakeWebFrameMain('about:blank', null, this.id);
  destroyed = false;
  windowOpenHandler: ((d: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  send = vi.fn();
  openDevTools = vi.fn();
  closeDevTools = vi.fn();
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = h;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  async loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Test helper: emit an event with a preventable event object; returns whether it was prevented. */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const preventDefault = () => {
      prevented = true;
    };
    this.emit(event, { preventDefault }, ...args);
    return prevented;
  }
}
export const webContents = { getAllWebContents: () => BrowserWindow.instances.map((w) => w.webContents) };

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  static fromWebContents(wc: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === wc) ?? null;
  }
  options: Record<string, unknown>;
  webContents = new FakeWebContents();
  visible = false;
  destroyed = false;
  position: [number, number] = [0, 0];
  size: [number, number];
  alwaysOnTop = false;
  setVisibleOnAllWorkspaces = vi.fn();
  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    this.size = [Number(options.width ?? 800), Number(options.height ?? 600)];
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  loadFile(path: string): Promise<void> {
    return this.webContents.loadURL(`file://${path}`);
  }
  show(): void {
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
    this.emit('hide');
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {}
  close(): void {
    this.emit('close');
    this.destroy();
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setPosition(x: number, y: number): void {
    this.position = [x, y];
  }
  getPosition(): [number, number] {
    return this.position;
  }
  getSize(): [number, number] {
    return this.size;
  }
  getBounds() {
    return { x: this.position[0], y: this.position[1], width: this.size[0], height: this.size[1] };
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setAlwaysOnTop(v: boolean): void {
    this.alwaysOnTop = v;
  }
}

/** Restore app flags and forget windows. */
export function resetWindowFakes(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.ready = true;
  app.singleInstanceLock = true;
  app.loginItem = { openAtLogin: false };
  app.dock.hidden = false;
  app.preferredSystemLanguages = ['en-US'];
  app.setPaths = {};
  BrowserWindow.instances.length = 0;
}
