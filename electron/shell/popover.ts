/**
 * The popover window under the tray icon, positioned by `menubar` (max-mapper/menubar: tray-centre
 * on macOS, display of the tray, rounded coordinates, cached tray bounds, hide on blur) rather
 * than by hand. The window is created on first open, not at launch: no renderer process exists
 * until the user looks (each window is a process: electron/electron#8732), and it is kept (hidden) afterwards so later opens
 * are instant and the UI keeps its state.
 */
import type { BrowserWindowConstructorOptions, Tray, WebContents } from 'electron';
import { systemPreferences } from 'electron';
import { type Menubar, menubar } from 'menubar';
import { applyAccentColor } from './native-look';

export interface PopoverOptions {
  tray: Tray;
  indexUrl: string;
  window: BrowserWindowConstructorOptions;
  /** Called each time the popover becomes visible (triggers a fresh check). */
  onShow: () => void;
  /** Called each time it stops being visible: hidden (blur, Escape, a tray click) or its window closed. */
  onHide: () => void;
}

export interface Popover {
  show(): Promise<void>;
  hide(): void;
  webContents(): WebContents | null;
  /** The address a window created from now on loads (the language changed: electron/shell/app-locale.ts). */
  setIndexUrl(url: string): void;
  /** Resolves once menubar has adopted the tray and bound its click. */
  readonly ready: Promise<void>;
  readonly menubar: Menubar;
}

export function createPopover(o: PopoverOptions): Popover {
  const mb = menubar({
    tray: o.tray,
    index: o.indexUrl,
    browserWindow: o.window,
    preloadWindow: false,
    showDockIcon: false,
    // Opening from the Dock/Finder (app re-activation) must not pop the window by itself.
    activateWithApp: false,
    windowPosition: process.platform === 'darwin' ? 'trayCenter' : undefined,
  });
  mb.on('after-create-window', () => {
    const win = mb.window;
    if (win && process.platform === 'darwin') applyAccentColor(win.webContents, systemPreferences);
    // Escape hides, as in every menu-bar popover (electron-menubar `escapeToHide`).
    win?.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'Escape') {
        event.preventDefault();
        mb.hideWindow();
      }
    });
  });
  mb.on('after-show', () => o.onShow());
  mb.on('after-hide', () => o.onHide());
  mb.on('after-close', () => o.onHide());
  const ready = new Promise<void>((resolve) => mb.once('ready', () => resolve()));
  return {
    ready,
    show: () => mb.showWindow(),
    hide: () => mb.hideWindow(),
    setIndexUrl: (url) => mb.setOption('index', url),
    webContents: () => {
      const w = mb.window;
      return w && !w.isDestroyed() ? w.webContents : null;
    },
    menubar: mb,
  };
}
