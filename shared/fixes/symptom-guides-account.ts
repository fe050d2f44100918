/**
 * Symptom guides about the account itself: password prompts that keep failing, App Store
 * sign-in, and verification codes that do not arrive (“Verification codes cannot be sent”).
 * Paths: Apple's 102606 (“Get a verification code and sign in with two-factor authentication”);
 * macOS 13 calls the section “Password & Security”, macOS 14 and later “Sign-In & Security”.
 */
import type { Symptom } from '../symptom-types';
import { escalateStep, OPEN_KEYCHAIN_ACCESS, openPane, openUrl, recheck, URL_ACCOUNT, URL_IFORGOT, URL_SYSTEM_STATUS, URL_VERIFICATION_CODES } from './build';

const NEW_USER_TEST = {
  text: 'Test with a new user: in System Settings › Users & Groups, add a temporary user, log in as that user and sign in there.',
  detail:
    'If it works for the new user, the problem is in your own user account (often its Keychain), not in your Apple Account or the network. Delete the test user afterwards.',
  kind: 'manual' as const,
};

export const ACCOUNT_SYMPTOMS: Symptom[] = [
  {
    id: 'password-prompts-fail',
    title: 'Password prompts keep failing or coming back',
    description: 'The Mac keeps asking for your Apple Account password, or says it is incorrect even though you are sure it is right.',
    checks: ['keychain', 'account', 'signin-endpoints', 'clock', 'apple-status'],
    steps: [
      {
        text: 'Run the checks and follow any card they show first.',
        kind: 'manual',
        action: recheck(['keychain', 'account', 'signin-endpoints', 'clock', 'apple-status'], 'Run the checks'),
      },
      {
        text: 'Test your password in a browser by signing in at account.apple.com.',
        detail: 'If it works there, your account and password are fine and the problem is on this Mac. If it fails there too, reset the password (next step).',
        kind: 'manual',
        action: openUrl(URL_ACCOUNT, 'Open account.apple.com'),
      },
      {
        text: 'Forgot the password, or the account is locked? Reset or unlock it at iforgot.apple.com, or on a trusted iPhone or iPad.',
        detail:
          'A family member’s iPhone or iPad with the Apple Support app, or your account recovery contact, can also help you reset it. If Apple cannot verify you, it offers account recovery as a last resort: a waiting period of several days or longer.',
        kind: 'manual',
        action: openUrl(URL_IFORGOT, 'Open iforgot.apple.com'),
      },
      {
        text: 'Changed the password on another device? Open System Settings, click your name and enter the new password where it asks.',
        kind: 'manual',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      {
        text: 'If the Keychain check found duplicate or old Apple Account items, follow its card — carefully.',
        detail:
          'Never delete or reset your whole login keychain. Remove only duplicated Apple Account items, after signing out, and leave items in the iCloud keychain alone: they sync to all your devices.',
        kind: 'manual',
        action: OPEN_KEYCHAIN_ACCESS,
      },
      NEW_USER_TEST,
      escalateStep('password prompts that keep failing'),
    ],
  },
  {
    id: 'app-store-signin',
    title: 'Can’t sign in to the App Store',
    description: 'The App Store will not sign in, keeps asking for the password, or refuses purchases and downloads.',
    checks: ['signin-endpoints', 'apple-status', 'proxy', 'dns', 'clock', 'account'],
    steps: [
      {
        text: 'Run the checks and follow any card they show first.',
        kind: 'manual',
        action: recheck(['signin-endpoints', 'apple-status', 'proxy', 'dns', 'clock', 'account'], 'Run the checks'),
      },
      { text: 'Look at Apple’s System Status page for “App Store”.', kind: 'manual', action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status') },
      {
        text: 'Check which account the App Store uses: System Settings › (your name) › Media & Purchases.',
        detail: 'Media & Purchases can be signed in with a different Apple Account than iCloud. Use the account that bought your apps.',
        kind: 'manual',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      { text: 'In the App Store, choose Store › Sign Out, quit the App Store with Command-Q, open it again and sign in.', kind: 'manual' },
      {
        text: 'If sign-in works but purchases fail, click your name at the bottom of the App Store sidebar, then Account Settings, and check your payment method and country or region.',
        kind: 'manual',
      },
      escalateStep('App Store sign-in'),
    ],
  },
  {
    id: 'codes-not-arriving',
    title: 'Verification codes don’t arrive',
    description: 'The six-digit code never shows up on your other devices or by text, or you see “Verification codes cannot be sent”.',
    checks: ['push', 'signin-endpoints', 'apple-status', 'clock', 'captive-portal', 'vpn'],
    steps: [
      {
        text: 'Run the checks: codes on your devices travel over Apple Push Notifications, which some networks block.',
        kind: 'manual',
        action: recheck(['push', 'signin-endpoints', 'apple-status', 'clock', 'captive-portal', 'vpn'], 'Run the checks'),
      },
      { text: 'Look at Apple’s System Status page for “Apple Account”.', kind: 'manual', action: openUrl(URL_SYSTEM_STATUS, 'Open Apple System Status') },
      {
        text: 'On a trusted device, make sure it is unlocked and online, then look for the sign-in notification and choose Allow.',
        detail:
          'The device must be signed in to the same Apple Account and able to reach Apple. A device on a network that blocks push notifications never sees the request.',
        kind: 'manual',
      },
      {
        text: 'No notification? Get a code yourself on a trusted device: iPhone or iPad — Settings › (your name) › Sign-In & Security › Two-Factor Authentication › Get Verification Code; Mac — System Settings › (your name) › Sign-In & Security › Two-Factor Authentication › Get Verification Code.',
        detail:
          'On older releases the section is called “Password & Security” (macOS 13, iOS 16 and earlier), with Get Verification Code directly in it. It works even when the device is offline. The option does not appear if you use security keys, and Apple’s current help no longer lists it on every release — if it is missing, use the text or call option instead.',
        kind: 'manual',
        action: openUrl(URL_VERIFICATION_CODES, 'Apple: get a verification code'),
      },
      {
        text: 'For a text or call, choose “Didn’t get a code?” (or “Can’t get to your devices?”) on the code screen and pick your trusted number.',
        detail:
          'Texts and calls are delivered by your mobile carrier, not by this Mac: check signal, roaming, Focus or Do Not Disturb, and filtered or unknown-sender messages. Wait a few minutes before asking again — if you see “Verification codes can’t be sent to this phone number”, stop requesting codes for several hours: many requests in a row are a common trigger.',
        kind: 'manual',
      },
      {
        text: 'Check your trusted phone numbers at account.apple.com › Sign-In and Security, add one you can reach, and remove old ones.',
        detail: 'You must be signed in to change them. If you cannot sign in anywhere, use account recovery (next step).',
        kind: 'manual',
        action: openUrl(URL_ACCOUNT, 'Open account.apple.com'),
      },
      {
        text: 'If iMessage or FaceTime on your iPhone says “Waiting for activation”, contact your carrier.',
        detail: 'Activation also depends on the carrier passing Apple’s messages to your number; the same carrier problem often stops verification texts.',
        kind: 'manual',
      },
      {
        text: 'Cannot get any code? Reset the password at iforgot.apple.com; if Apple cannot verify you, it offers account recovery — start it once and let the waiting period run.',
        detail:
          'The waiting period (several days or longer) protects your account. Follow the instructions in Apple’s confirmation email; using other signed-in devices meanwhile can delay or cancel it. A recovery contact or recovery key, if you set one up, gets you back in without the wait. Turning two-factor authentication off is not possible for most accounts and is not a fix.',
        kind: 'manual',
        action: openUrl(URL_IFORGOT, 'Open iforgot.apple.com'),
      },
      escalateStep('verification codes not arriving'),
    ],
  },
];
