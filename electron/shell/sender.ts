/**
 * Who may call the IPC handlers: only the top frame of OUR popover window, showing OUR page
 * (checklist #17; fiddle `src/main/ipc.ts`, Electron docs `validateSender(e.senderFrame)`).
 * A sub-frame, another window, a webview or a page that navigated elsewhere is refused.
 */
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/** True for `app://renderer/…`, or exactly the file:// URL of our index.html when one is given. */
export function isOurPageUrl(url: string, indexHtmlPath?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
  if (u.protocol === 'file:' && indexHtmlPath) {
    return u.href.split('#')[0] === pathToFileURL(indexHtmlPath).href;
  }
  return false;
}

export interface SenderPolicy {
  /** The popover's webContents, null when no window exists. */
  ourWebContents: () => WebContents | null;
  indexHtmlPath?: string;
}

/** Validate an invoke event against the policy. Never throws. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, policy: SenderPolicy): boolean {
  const ours = policy.ourWebContents();
  if (!ours || event.sender !== ours) return false;
  const frame = event.senderFrame;
  const main = ours.mainFrame;
  if (!frame || !main || frame.parent !== null) return false;
  const sameFrame = frame === main || (frame.processId === main.processId && frame.routingId === main.routingId);
  return sameFrame && isOurPageUrl(frame.url, policy.indexHtmlPath);
}
