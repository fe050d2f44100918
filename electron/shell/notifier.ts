/**
 * Notifier backed by Electron's `Notification` (sent from main; the renderer has no notification
 * permission). Clicking a notification opens the popover — or, for the first-run hint about a
 * hidden menu-bar icon, the System Settings pane that un-hides it.
 */
import type { NotificationConstructorOptions, Notification as NotificationType } from 'electron';
import type { NoticeKind } from '../service/alert-notices';
import type { Notifier } from '../service/app-core';

export interface NotificationClass {
  new (options: NotificationConstructorOptions): NotificationType;
  isSupported(): boolean;
}

export function createElectronNotifier(o: { Notification: NotificationClass; onClick: (kind: NoticeKind) => void }): Notifier {
  // Keep a reference until the notification is done: a Notification object that only lived in a
  // local variable can be garbage-collected while still on screen, and its click is then lost.
  const live = new Set<NotificationType>();
  return {
    notify(n) {
      if (!o.Notification.isSupported()) return;
      const note = new o.Notification({ title: n.title, body: n.body, silent: n.kind === 'restored' || n.kind === 'apple-back' });
      live.add(note);
      const done = () => live.delete(note);
      note.on('click', () => {
        done();
        o.onClick(n.kind);
      });
      note.on('close', done);
      note.on('failed', done);
      note.show();
    },
  };
}
