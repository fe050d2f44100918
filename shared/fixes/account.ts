/**
 * Account-level cards (password reset, escalation to Apple Support) and the admin card for
 * network owners. Account recovery: iforgot.apple.com; management: account.apple.com.
 */
import type { FixCardDef } from '../fix-types';
import { openUrl, recheck, URL_ACCOUNT, URL_ACCOUNT_RECOVERY, URL_ENTERPRISE_NETWORKS, URL_GETSUPPORT, URL_IFORGOT, URL_RECOVERY_CONTACT } from './build';

export const ACCOUNT_CARDS: FixCardDef[] = [
  {
    id: 'account-password-reset',
    audience: 'user',
    recheck: ['account'],
    steps: [
      {},
      { action: openUrl(URL_IFORGOT, 'fixes.action.open-iforgot-apple-com') },
      { action: openUrl(URL_ACCOUNT_RECOVERY, 'fixes.action.about-account-recovery') },
      { action: recheck(['account']) },
    ],
  },
  {
    id: 'account-review-security',
    audience: 'user',
    recheck: ['account'],
    steps: [
      { action: openUrl(URL_ACCOUNT, 'fixes.action.open-account-apple-com') },
      {},
      { action: openUrl(URL_RECOVERY_CONTACT, 'fixes.action.about-recovery-contacts') },
    ],
  },
  {
    id: 'support-escalate',
    audience: 'user',
    recheck: [],
    steps: [{}, { action: openUrl(URL_GETSUPPORT, 'fixes.action.contact-apple-support') }],
  },
  {
    id: 'admin-allow-apple-hosts',
    audience: 'admin',
    recheck: ['signin-endpoints', 'push', 'dns'],
    steps: [
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.open-apples-host-list') },
      {},
      {},
      { action: recheck(['signin-endpoints', 'push', 'dns']) },
    ],
  },
];
