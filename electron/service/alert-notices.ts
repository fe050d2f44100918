/**
 * From alert events to notifications: applies the user's toggles and words each message with the
 * cause text from shared/causes.ts (looked up by cause, never parsed). Pure.
 */
import { causeText } from '../../shared/cause-text';
import type { Cause } from '../../shared/causes';
import type { Translator } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { AlertEvent } from './monitor/alert-machine';

export type NoticeKind = 'down' | 'restored' | 'outage' | 'apple-back' | 'unstable' | 'first-run' | 'storage';

/** One notification, as handed to the Notifier. */
export interface Notice {
  title: string;
  body: string;
  cause: Cause | null;
  kind: NoticeKind;
}

function causeBody(cause: Cause | null, fallback: string, t: Translator): string {
  return cause ? t.t('tray.notice.causeBody', { title: causeText(cause, t).title, sentence: causeText(cause, t).sentence }) : fallback;
}

/** The notifications one machine step produces under these settings (possibly none), in the words of `t`. */
export function noticesFor(events: readonly AlertEvent[], settings: Settings, t: Translator): Notice[] {
  const out: Notice[] = [];
  // "Apple Account is back" and "restored" describe the same moment after an Apple outage: send one.
  const appleBack = events.some((e) => e.kind === 'apple-back') && settings.notifyWhenAppleBack;
  for (const e of events) {
    switch (e.kind) {
      case 'down':
      case 'reminder': {
        const again = e.kind === 'reminder';
        if (e.cause === 'apple.outage') {
          if (settings.notifyAppleOutage) {
            out.push({
              kind: 'outage',
              cause: e.cause,
              title: again ? t.t('tray.notice.outageContinues') : t.t('tray.notice.outage'),
              body: causeBody(e.cause, '', t),
            });
          }
        } else if (settings.notifyUnreachable) {
          out.push({
            kind: 'down',
            cause: e.cause,
            title: again ? t.t('tray.notice.stillDown') : t.t('tray.notice.down'),
            body: causeBody(e.cause, t.t('tray.notice.downBody'), t),
          });
        }
        break;
      }
      case 'unstable':
        if (settings.notifyUnreachable) {
          out.push({
            kind: 'unstable',
            cause: e.cause,
            title: t.t('tray.notice.unstable'),
            body: t.t('tray.notice.unstableBody'),
          });
        }
        break;
      case 'restored':
        if (settings.notifyRestored && !appleBack) {
          out.push({ kind: 'restored', cause: null, title: t.t('tray.notice.restored'), body: t.t('tray.notice.restoredBody') });
        }
        break;
      case 'outage':
        if (settings.notifyAppleOutage) {
          out.push({ kind: 'outage', cause: e.cause, title: t.t('tray.notice.appleOutage'), body: causeBody(e.cause, '', t) });
        }
        break;
      case 'apple-back':
        if (appleBack) {
          out.push({ kind: 'apple-back', cause: null, title: t.t('tray.notice.appleBack'), body: t.t('tray.notice.appleBackBody') });
        }
        break;
    }
  }
  return out;
}
