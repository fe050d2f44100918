/**
 * From alert events to notifications: applies the user's toggles and words each message with the
 * cause text from shared/causes.ts (looked up by cause, never parsed). Pure.
 */
import { causeText } from '../../shared/cause-text';
import type { Cause } from '../../shared/causes';
import { EN } from '../../shared/i18n';
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

function causeBody(cause: Cause | null, fallback: string): string {
  return cause ? `${causeText(cause, EN).title}: ${causeText(cause, EN).sentence}` : fallback;
}

/** The notifications one machine step produces under these settings (possibly none). */
export function noticesFor(events: readonly AlertEvent[], settings: Settings): Notice[] {
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
              title: again ? 'Apple Account outage continues' : 'Apple Account outage',
              body: causeBody(e.cause, ''),
            });
          }
        } else if (settings.notifyUnreachable) {
          out.push({
            kind: 'down',
            cause: e.cause,
            title: again ? 'Still cannot reach Apple sign-in' : 'This Mac cannot sign in to Apple',
            body: causeBody(e.cause, 'Apple’s sign-in servers cannot be reached from this Mac.'),
          });
        }
        break;
      }
      case 'unstable':
        if (settings.notifyUnreachable) {
          out.push({
            kind: 'unstable',
            cause: e.cause,
            title: 'Apple sign-in is unstable',
            body: 'Sign-in keeps working and failing on this network. Alerts are paused until it settles.',
          });
        }
        break;
      case 'restored':
        if (settings.notifyRestored && !appleBack) {
          out.push({ kind: 'restored', cause: null, title: 'Apple sign-in works again', body: 'This Mac can reach Apple’s sign-in servers again.' });
        }
        break;
      case 'outage':
        if (settings.notifyAppleOutage) {
          out.push({ kind: 'outage', cause: e.cause, title: 'Apple reports an outage', body: causeBody(e.cause, '') });
        }
        break;
      case 'apple-back':
        if (appleBack) {
          out.push({ kind: 'apple-back', cause: null, title: 'Apple Account is back', body: 'Apple’s outage is over and this Mac can sign in again.' });
        }
        break;
    }
  }
  return out;
}
