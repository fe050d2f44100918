/** Fakes of nativeImage, Tray, Menu, Notification, shell and clipboard (see __mocks__/electron.ts). */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// --- images, tray, menu -----------------------------------------------------------------------

export class FakeNativeImage {
  path: string;
  template = false;
  constructor(path = '') {
    this.path = path;
  }
  setTemplateImage(v: boolean): void {
    this.template = v;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  isEmpty(): boolean {
    return this.path === '';
  }
}
export const nativeImage = {
  createFromPath: vi.fn((p: string) => new FakeNativeImage(p)),
  createEmpty: () => new FakeNativeImage(),
};

export class Tray extends EventEmitter {
  static instances: Tray[] = [];
  image: unknown;
  tooltip = '';
  title = '';
  contextMenu: unknown = null;
  bounds = { x: 1200, y: 0, width: 24, height: 24 };
  ignoreDoubleClick = false;
  destroyed = false;
  popUpContextMenu = vi.fn();
  constructor(image: unknown) {
    super();
    this.image = image;
    Tray.instances.push(this);
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  setToolTip(t: string): void {
    this.tooltip = t;
  }
  setTitle(t: string): void {
    this.title = t;
  }
  getTitle(): string {
    return this.title;
  }
  setContextMenu(m: unknown): void {
    this.contextMenu = m;
  }
  getBounds() {
    return { ...this.bounds };
  }
  setIgnoreDoubleClickEvents(v: boolean): void {
    this.ignoreDoubleClick = v;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeMenu {
  items: Record<string, unknown>[];
  constructor(items: Record<string, unknown>[]) {
    this.items = items;
  }
}
export const Menu = {
  buildFromTemplate: vi.fn((template: Record<string, unknown>[]) => new FakeMenu(template)),
  setApplicationMenu: vi.fn(),
};

// --- notifications, shell, clipboard ----------------------------------------------------------

export class Notification extends EventEmitter {
  static instances: Notification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  options: { title?: string; body?: string; silent?: boolean };
  shown = false;
  constructor(options: { title?: string; body?: string; silent?: boolean } = {}) {
    super();
    this.options = options;
    Notification.instances.push(this);
  }
  show(): void {
    this.shown = true;
    this.emit('show');
  }
  close(): void {
    this.emit('close');
  }
}

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
  showItemInFolder: vi.fn(),
};

export const clipboard = { writeText: vi.fn(), readText: vi.fn(() => '') };

/** Forget trays and notifications. */
export function resetTrayFakes(): void {
  Tray.instances.length = 0;
  Notification.instances.length = 0;
  Notification.supported = true;
}
