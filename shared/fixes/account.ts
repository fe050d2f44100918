/**
 * Account-level cards (password reset, escalation to Apple Support) and the admin card for
 * network owners. Account recovery: iforgot.apple.com; management: account.apple.com.
 */
import type { FixCard } from '../fix-types';
import { openUrl, recheck, URL_ACCOUNT, URL_ACCOUNT_RECOVERY, URL_ENTERPRISE_NETWORKS, URL_GETSUPPORT, URL_IFORGOT, URL_RECOVERY_CONTACT } from './build';

export const ACCOUNT_CARDS: FixCard[] = [
  {
    id: 'account-password-reset',
    title: 'Reset your Apple Account password',
    why: 'If the password is refused on every device, or the account is locked, only a password reset or account recovery gets you back in.',
    audience: 'user',
    recheck: ['account'],
    steps: [
      {
        text: 'On a trusted iPhone or iPad signed in to the same account, change the password in Settings › (your name) › Sign-In & Security › Change Password (“Password & Security” on iOS 16 and earlier).',
      },
      {
        text: 'Otherwise go to iforgot.apple.com and follow the steps to reset the password or unlock the account. A family member’s iPhone or iPad with the Apple Support app, or a recovery contact, can also help.',
        action: openUrl(URL_IFORGOT, 'Open iforgot.apple.com'),
      },
      {
        text: 'If nothing else works, Apple offers account recovery: a waiting period of several days or longer. Use it as a last resort, start it once, and follow Apple’s instructions — using other signed-in devices meanwhile can delay or cancel it.',
        action: openUrl(URL_ACCOUNT_RECOVERY, 'About account recovery'),
      },
      { text: 'After the reset, sign in again on this Mac with the new password.', action: recheck(['account']) },
    ],
  },
  {
    id: 'account-review-security',
    title: 'Review your Apple Account security details',
    why: 'Sign-in codes go to your trusted devices and trusted phone numbers. If those are out of date, codes go to a phone or device you no longer have.',
    audience: 'user',
    steps: [
      {
        text: 'Sign in at account.apple.com and open Sign-In and Security to check your trusted phone numbers; add a number you can reach and remove ones you no longer use.',
        action: openUrl(URL_ACCOUNT, 'Open account.apple.com'),
      },
      { text: 'Check the devices list there: remove devices you no longer own.' },
      {
        text: 'Consider setting up an account recovery contact, so you can get back in if you lose access.',
        action: openUrl(URL_RECOVERY_CONTACT, 'About recovery contacts'),
      },
    ],
    recheck: ['account'],
  },
  {
    id: 'support-escalate',
    title: 'Contact Apple Support with your report',
    why: 'When the checks pass but sign-in still fails, or the account itself is locked, Apple Support can look at your account. A report of what you checked speeds that up.',
    audience: 'user',
    recheck: [],
    steps: [
      { text: 'Export the report from this app (it leaves out your account details unless you include them) and note the exact error message you see.' },
      { text: 'Contact Apple Support and choose Apple Account as the topic.', action: openUrl(URL_GETSUPPORT, 'Contact Apple Support') },
    ],
  },
  {
    id: 'admin-allow-apple-hosts',
    title: 'Allow Apple’s hosts on the network',
    why: 'Apple devices need to reach Apple’s servers directly. Firewalls, filters and proxies that block, slow or inspect those connections break sign-in, codes and notifications.',
    audience: 'admin',
    recheck: ['signin-endpoints', 'push', 'dns'],
    steps: [
      {
        text: 'Open Apple’s “Use Apple products on enterprise networks” article for the current list of hosts and ports.',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Open Apple’s host list'),
      },
      {
        text: 'Allow outgoing TCP 443 to the Apple Account hosts (appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com) and TCP 5223 and 443 to *.push.apple.com; or allow 17.0.0.0/8.',
      },
      { text: 'Make sure DNS resolves these hosts to Apple’s real addresses and that they bypass HTTPS inspection.' },
      { text: 'Ask the user to check again.', action: recheck(['signin-endpoints', 'push', 'dns']) },
    ],
  },
];
