/**
 * Cards for the account and device problems that only Apple's own software can see (the
 * `apple-log` check reads them from the unified log): a refused password, a locked account, a
 * verification code that never arrived or was refused, a Mac without a push token, a Mac Apple
 * does not accept. Correct for macOS 13–26 (System Settings, Sign-In & Security).
 *
 * Apple's pages: two-factor codes https://support.apple.com/102606, push ports
 * https://support.apple.com/102266; unlocking and resets https://iforgot.apple.com.
 */
import type { FixCard } from '../fix-types';
import { openPane, openUrl, recheck, URL_ACCOUNT, URL_GETSUPPORT, URL_IFORGOT, URL_PUSH_NETWORK, URL_VERIFICATION_CODES } from './build';

const SEND_CODES = {
  text: 'Still failing? Export the report from this app: it lists the exact codes and times Apple’s software logged (your e-mail, phone numbers and account numbers are left out). Give them to Apple Support.',
  action: openUrl(URL_GETSUPPORT, 'Contact Apple Support'),
};

export const APPLE_LOG_CARDS: FixCard[] = [
  {
    id: 'auth-wrong-password',
    title: 'Use your current Apple Account password',
    why: 'Apple refused the password this Mac sent. That happens after the password was changed on another device or on the web, or when it is mistyped.',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      {
        text: 'Check the password by signing in at account.apple.com in a browser. If that works, sign in again on this Mac with the same password in System Settings › (your name).',
        action: openUrl(URL_ACCOUNT, 'Open account.apple.com'),
      },
      {
        text: 'Open System Settings › (your name) and enter the current password when asked.',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      {
        text: 'If you do not know the current password, reset it on a trusted iPhone or iPad, or at iforgot.apple.com.',
        action: openUrl(URL_IFORGOT, 'Reset password'),
      },
      { text: 'Check again after signing in.', action: recheck(['apple-log']) },
    ],
  },
  {
    id: 'auth-too-many-attempts',
    title: 'Wait before trying to sign in again',
    why: 'After too many attempts Apple makes you wait. Every new attempt while you wait can extend the delay or lock the account.',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      {
        text: 'Stop trying on every device for now — including apps and devices that keep asking for the password in the background. Wait at least an hour before the next try.',
      },
      {
        text: 'When you try again, make sure you type the current password; if you are not sure of it, reset it at iforgot.apple.com instead of guessing.',
        action: openUrl(URL_IFORGOT, 'Open iforgot.apple.com'),
      },
      { text: 'Check again later.', action: recheck(['apple-log']) },
    ],
  },
  {
    id: 'auth-account-locked',
    title: 'Unlock your Apple Account at iforgot.apple.com',
    why: 'Apple locks an account to protect it after too many failed attempts (password, security questions or codes). Waiting does not unlock it; proving who you are does.',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      {
        text: 'Go to iforgot.apple.com (or, on a trusted iPhone or iPad, follow the prompt that says the account is locked) and confirm your identity with your trusted phone number or device. You may have to reset the password.',
        action: openUrl(URL_IFORGOT, 'Open iforgot.apple.com'),
      },
      {
        text: 'After unlocking, sign in again on this Mac in System Settings › (your name).',
        action: openPane('apple-account', 'Open Apple Account settings'),
      },
      SEND_CODES,
    ],
  },
  {
    id: 'auth-code-not-delivered',
    title: 'Get the verification code another way',
    why: 'The two-factor code did not arrive. Codes go to your trusted devices over Apple Push Notifications, or to your trusted phone number by text or call.',
    audience: 'user',
    recheck: ['push', 'apple-log'],
    steps: [
      {
        text: 'On a trusted iPhone or iPad that is online, open Settings › (your name) › Sign-In & Security › Two-Factor Authentication › Get Verification Code (on a trusted Mac: System Settings › (your name) › Sign-In & Security).',
      },
      {
        text: 'On the sign-in screen choose “Didn’t get a verification code?” and have the code sent to your trusted phone number by text or phone call.',
        action: openUrl(URL_VERIFICATION_CODES, 'About verification codes'),
      },
      {
        text: 'Make sure the trusted device is online, awake and signed in to the same Apple Account. If no trusted device is at hand, use your trusted phone number.',
      },
      {
        text: 'If codes never reach this network’s devices, check that Apple Push Notifications can get through (TCP 5223).',
        action: openUrl(URL_PUSH_NETWORK, 'Apple push ports'),
      },
      { text: 'Check again.', action: recheck(['push', 'apple-log']) },
    ],
  },
  {
    id: 'auth-code-rejected',
    title: 'Enter the newest verification code, promptly',
    why: 'Apple refused the code. Codes expire after a short time, a new request makes older codes invalid, and a wrong clock on this Mac can make a correct code look expired.',
    audience: 'user',
    recheck: ['clock', 'apple-log'],
    steps: [
      {
        text: 'Request a new code and type only the newest one, right away. Ignore codes from earlier attempts.',
        action: openUrl(URL_VERIFICATION_CODES, 'About verification codes'),
      },
      { text: 'Make sure this Mac sets its time automatically: System Settings › General › Date & Time.', action: openPane('date-time', 'Open Date & Time') },
      { text: 'Check again.', action: recheck(['clock', 'apple-log']) },
    ],
  },
  {
    id: 'auth-no-push-token',
    title: 'Let this Mac register for Apple Push Notifications',
    why: 'Without a push token Apple cannot send this Mac sign-in approvals or verification codes. The Mac gets one from Apple’s push service when it can reach it with the right time.',
    audience: 'user',
    recheck: ['push', 'apple-log'],
    steps: [
      {
        text: 'Make sure the date and time are set automatically (System Settings › General › Date & Time).',
        action: openPane('date-time', 'Open Date & Time'),
      },
      {
        text: 'Make sure the network lets Apple Push Notifications through: TCP 5223 (443 as a fallback) to *.push.apple.com. A VPN or a filtering network can block it.',
        action: openUrl(URL_PUSH_NETWORK, 'Apple push ports'),
      },
      { text: 'Restart the Mac: the push service registers again at start-up.' },
      { text: 'Meanwhile, have verification codes sent to your trusted phone number instead.' },
      { text: 'Check again.', action: recheck(['push', 'apple-log']) },
    ],
  },
  {
    id: 'auth-attestation-failed',
    title: 'This Mac could not prove it is genuine',
    why: 'With every sign-in macOS proves to Apple that it runs on real Apple hardware (device attestation). When that fails Apple refuses the sign-in, whatever the password or network.',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      {
        text: 'Install the latest macOS update (System Settings › General › Software Update) and restart the Mac.',
        action: openPane('software-update', 'Open Software Update'),
      },
      {
        text: 'If this is a virtual machine or a Mac with changed hardware identity (serial number, logic board replaced outside Apple), Apple may refuse it; sign-in in a virtual machine works only where Apple’s own virtualization supports it (Apple silicon, macOS 15 or later as host and guest).',
      },
      { text: 'On a genuine Mac, restart it and try again; if it keeps failing, Apple Support has to look at it.' },
      SEND_CODES,
    ],
  },
  {
    id: 'apple-log-send-codes',
    title: 'Send Apple Support the codes Apple’s software logged',
    why: 'Apple Support asks for the exact error codes. This app found them in the Mac’s log, with their times, so you do not have to.',
    audience: 'user',
    recheck: [],
    steps: [
      {
        text: 'Open the report in this app and export it; it includes the codes and times listed under “What Apple’s software said”, with personal details left out.',
      },
      SEND_CODES,
    ],
  },
];
