/**
 * The popover window's options. Every security-relevant webPreference is stated explicitly, even
 * where it is Electron's default, so a test can assert them and a future default change cannot
 * weaken the app (Electron security checklist #2–4, #6, #8–11: electron/electron docs/tutorial/security.md).
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Popover size (matches the renderer's layout). */
export const POPOVER_SIZE = { width: 360, height: 520 } as const;

export function popoverWindowOptions(o: { preload: string; allowDevTools: boolean }): BrowserWindowConstructorOptions {
  return {
    ...POPOVER_SIZE,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    // Native popover look: a transparent window over the 'popover' NSVisualEffectView material,
    // as Control Center and the Wi-Fi menu use. The page paints no opaque background there
    // (renderer/styles/native.css); macOS itself swaps the material for a solid colour under
    // Reduce Transparency. The window is not resizable, so transparency's known limits (no
    // resize, https://www.electronjs.org/docs/latest/tutorial/custom-window-styles#limitations)
    // do not apply; the shadow stays on (hasShadow).
    transparent: true,
    backgroundColor: '#00000000',
    hasShadow: true,
    roundedCorners: true,
    vibrancy: 'popover',
    visualEffectState: 'active',
    webPreferences: {
      preload: o.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // The default, stated: a hidden popover then reads as hidden to the Page Visibility API and
      // its timers are throttled; the renderer's clock stops on it (renderer/lib/now-clock.ts).
      backgroundThrottling: true,
      // No DevTools in packaged builds (checklist "beyond the 20": not openable when packaged).
      devTools: o.allowDevTools,
    },
  };
}
