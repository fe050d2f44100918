/**
 * Fix cards for settings of this Mac: Keychain, firewall, macOS version, Apple Account sign-in.
 * Apple Account pane: the sidebar entry with your name (“Apple ID” on macOS 13–14, “Apple Account”
 * from macOS 15).
 */
import type { FixCard } from '../fix-types';
import { copyCommand, OPEN_KEYCHAIN_ACCESS, openPane, openUrl, recheck, URL_IFORGOT } from './build';

export const THIS_MAC_CARDS: FixCard[] = [
  {
    id: 'keychain-update-password',
    title: 'Enter your current Apple Account password',
    why: 'If your Apple Account password changed on another device, this Mac may still hold the old one and keep asking for a password.',
    audience: 'user',
    recheck: ['keychain', 'account'],
    steps: [
      {
        text: 'Open System Settings and click your name at the top of the sidebar (“Apple ID” on macOS 13–14, “Apple Account” on macOS 15 and later). If it asks you to update your account settings or enter your password, do so with your current password.',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      {
        text: 'If you do not know your current password, reset it at iforgot.apple.com or on a trusted iPhone or iPad.',
        action: openUrl(URL_IFORGOT, 'Reset password'),
      },
      { text: 'Restart the Mac, then check again.', action: recheck(['keychain', 'account']) },
    ],
  },
  {
    id: 'keychain-duplicates-cleanup',
    title: 'Clean up duplicate Apple Account Keychain items (carefully)',
    why: 'Several copies of the same Apple Account item exist in your Keychain; an old copy can cause password prompts that never end. Deleting the wrong item can lose passwords, so go slowly.',
    audience: 'user',
    recheck: ['keychain', 'account'],
    steps: [
      { text: 'Try the simple fix first: enter your current password when macOS asks, restart, and check again. Only continue if prompts keep coming.' },
      {
        text: 'Back up first, and never delete or reset your whole login keychain. Make a Time Machine backup, or copy your login keychain file with this command.',
        action: copyCommand(
          'cp ~/Library/Keychains/login.keychain-db ~/Desktop/login-keychain-backup.keychain-db',
          'Copy backup command',
          'Copies your login keychain file (still encrypted with your login password) to the Desktop as a backup. Does not need an administrator password and changes nothing.',
        ),
      },
      {
        text: 'Sign out of your Apple Account on this Mac first: System Settings › (your name) › Sign Out. Keep a copy of your iCloud data when asked.',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      {
        text: 'Open Keychain Access (use Spotlight if it is not in Applications › Utilities), choose the “login” keychain, and search for the item names this app listed as duplicates.',
        action: OPEN_KEYCHAIN_ACCESS,
      },
      { text: 'Delete only the older duplicates of those Apple Account items — keep the newest one, and leave every other item alone.' },
      {
        text: 'Do not delete items in the “iCloud” (or “Local Items”) keychain: iCloud Keychain items sync, so deleting one removes it from all your devices.',
      },
      { text: 'Restart the Mac, sign in to your Apple Account again, then check again.', action: recheck(['keychain', 'account']) },
    ],
  },
  {
    id: 'firewall-block-all',
    title: 'Turn off “Block all incoming connections”',
    why: 'This firewall option refuses every incoming connection except basic network services, which breaks sharing features and can interfere with some Apple services. The normal firewall and stealth mode are fine.',
    audience: 'user',
    recheck: ['firewall'],
    steps: [
      { text: 'Open System Settings › Network › Firewall.', action: openPane('firewall', 'Open Firewall settings') },
      {
        text: 'Click Options…, turn off “Block all incoming connections”, and click OK (you may need an administrator password). You can leave the firewall itself and “Enable stealth mode” on.',
      },
      { text: 'On a managed Mac this setting may come from IT; ask them if it is locked.' },
      { text: 'Check again.', action: recheck(['firewall']) },
    ],
  },
  {
    id: 'macos-update',
    title: 'Update macOS',
    why: 'Apple Account sign-in and its security checks keep changing; an old macOS release can stop working with them, and updates fix sign-in bugs.',
    audience: 'user',
    recheck: ['macos', 'signin-endpoints'],
    steps: [
      { text: 'Back up with Time Machine first.' },
      {
        text: 'Open System Settings › General › Software Update and install the updates offered.',
        action: openPane('software-update', 'Open Software Update'),
      },
      { text: 'If no newer macOS is offered, this Mac may be at its last supported version; install any security updates that are shown.' },
      { text: 'Restart and check again.', action: recheck(['macos', 'signin-endpoints']) },
    ],
  },
  {
    id: 'account-sign-in',
    title: 'Sign in to your Apple Account',
    why: 'No Apple Account is signed in on this Mac, so iCloud, Messages, FaceTime and App Store features that need it are off.',
    audience: 'user',
    recheck: ['account', 'signin-endpoints'],
    steps: [
      {
        text: 'Open System Settings and click “Sign in” at the top of the sidebar (“Sign in with your Apple ID” on macOS 13–14, “Sign in with your Apple Account” on macOS 15 and later).',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      { text: 'Enter your email address or phone number and password, then the verification code shown on your other Apple devices.' },
      { text: 'Forgot your password? Reset it at iforgot.apple.com.', action: openUrl(URL_IFORGOT, 'Reset password') },
      { text: 'Check again.', action: recheck(['account', 'signin-endpoints']) },
    ],
  },
];
