/**
 * Process-wide Electron hardening, installed once before any window exists:
 * navigation and new windows blocked (checklist #13, #14), `<webview>` refused (#12), every
 * permission request and check denied (#5), DevTools closed again in packaged builds.
 * Links the renderer tries to open go to `openExternal`, which applies the allow-list.
 */
import type { App, Event, Session, WebContents } from 'electron';

export interface HardeningOptions {
  /** Allow-listed opener (electron/shell/external.ts); anything else is dropped. */
  openExternal: (url: string) => void;
  allowDevTools: boolean;
}

/** Lock one webContents down. Exported for tests; installHardening applies it to all. */
export function hardenWebContents(contents: WebContents, o: HardeningOptions): void {
  // The popover is a single-page app: it never navigates, so every navigation is hostile or a bug.
  const block = (e: Event) => e.preventDefault();
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.on('will-frame-navigate', block);
  contents.on('will-attach-webview', block);
  contents.setWindowOpenHandler(({ url }) => {
    // Guarded: o.openExternal is the safe opener (external.ts), which applies the URL allow-list.
    o.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    return { action: 'deny' };
  });
  if (!o.allowDevTools) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

/** Deny every permission (camera, geolocation, notifications… — notifications come from main). */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler?.(() => false);
}

/** Install everything: call before `app.whenReady()` resolves any window. */
export function installHardening(app: App, defaultSession: () => Session, o: HardeningOptions): void {
  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, o));
  void app.whenReady().then(() => denyAllPermissions(defaultSession()));
}
