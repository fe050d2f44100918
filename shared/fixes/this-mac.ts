/**
 * Fix cards for settings of this Mac: Keychain, firewall, macOS version, Apple Account sign-in.
 * Apple Account pane: the sidebar entry with your name (“Apple ID” on macOS 13–14, “Apple Account”
 * from macOS 15).
 */
import type { FixCardDef } from '../fix-types';
import { copyCommand, OPEN_KEYCHAIN_ACCESS, openPane, openUrl, recheck, URL_IFORGOT } from './build';

export const THIS_MAC_CARDS: FixCardDef[] = [
  {
    id: 'keychain-update-password',
    audience: 'user',
    recheck: ['keychain', 'account'],
    steps: [
      { action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { action: openUrl(URL_IFORGOT, 'fixes.action.reset-password') },
      { action: recheck(['keychain', 'account']) },
    ],
  },
  {
    id: 'keychain-duplicates-cleanup',
    audience: 'user',
    recheck: ['keychain', 'account'],
    steps: [
      {},
      {
        action: copyCommand(
          'cp ~/Library/Keychains/login.keychain-db ~/Desktop/login-keychain-backup.keychain-db',
          'fixes.action.copy-backup-command',
          'fixes.note.copy-backup-command',
        ),
      },
      { action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { action: OPEN_KEYCHAIN_ACCESS },
      {},
      {},
      { action: recheck(['keychain', 'account']) },
    ],
  },
  {
    id: 'firewall-block-all',
    audience: 'user',
    recheck: ['firewall'],
    steps: [{ action: openPane('firewall', 'fixes.action.open-firewall-settings') }, {}, {}, { text: 'fixes.step.check-again', action: recheck(['firewall']) }],
  },
  {
    id: 'macos-update',
    audience: 'user',
    recheck: ['macos', 'signin-endpoints'],
    steps: [{}, { action: openPane('software-update', 'fixes.action.open-software-update') }, {}, { action: recheck(['macos', 'signin-endpoints']) }],
  },
  {
    id: 'account-sign-in',
    audience: 'user',
    recheck: ['account', 'signin-endpoints'],
    steps: [
      { action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      {},
      { action: openUrl(URL_IFORGOT, 'fixes.action.reset-password') },
      { text: 'fixes.step.check-again', action: recheck(['account', 'signin-endpoints']) },
    ],
  },
];
