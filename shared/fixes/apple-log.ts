/**
 * Cards for the account and device problems that only Apple's own software can see (the
 * `apple-log` check reads them from the unified log): a refused password, a locked account, a
 * verification code that never arrived or was refused, a Mac without a push token, a Mac Apple
 * does not accept. Correct for macOS 13–26 (System Settings, Sign-In & Security).
 *
 * Apple's pages: two-factor codes https://support.apple.com/102606, push ports
 * https://support.apple.com/102266; unlocking and resets https://iforgot.apple.com.
 */
import type { FixCardDef } from '../fix-types';
import { openPane, openUrl, recheck, URL_ACCOUNT, URL_GETSUPPORT, URL_IFORGOT, URL_PUSH_NETWORK, URL_VERIFICATION_CODES } from './build';

export const APPLE_LOG_CARDS: FixCardDef[] = [
  {
    id: 'auth-wrong-password',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      { action: openUrl(URL_ACCOUNT, 'fixes.action.open-account-apple-com') },
      { action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { action: openUrl(URL_IFORGOT, 'fixes.action.reset-password') },
      { action: recheck(['apple-log']) },
    ],
  },
  {
    id: 'auth-too-many-attempts',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      {},
      { action: openUrl(URL_IFORGOT, 'fixes.action.open-iforgot-apple-com') },
      { text: 'fixes.step.check-again-later', action: recheck(['apple-log']) },
    ],
  },
  {
    id: 'auth-account-locked',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      { action: openUrl(URL_IFORGOT, 'fixes.action.open-iforgot-apple-com') },
      { action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { text: 'fixes.step.send-codes', action: openUrl(URL_GETSUPPORT, 'fixes.action.contact-apple-support') },
    ],
  },
  {
    id: 'auth-code-not-delivered',
    audience: 'user',
    recheck: ['push', 'apple-log'],
    steps: [
      {},
      { action: openUrl(URL_VERIFICATION_CODES, 'fixes.action.about-verification-codes') },
      {},
      { action: openUrl(URL_PUSH_NETWORK, 'fixes.action.apple-push-ports') },
      { text: 'fixes.step.check-again', action: recheck(['push', 'apple-log']) },
    ],
  },
  {
    id: 'auth-code-rejected',
    audience: 'user',
    recheck: ['clock', 'apple-log'],
    steps: [
      { action: openUrl(URL_VERIFICATION_CODES, 'fixes.action.about-verification-codes') },
      { action: openPane('date-time', 'fixes.action.open-date-time') },
      { text: 'fixes.step.check-again', action: recheck(['clock', 'apple-log']) },
    ],
  },
  {
    id: 'auth-no-push-token',
    audience: 'user',
    recheck: ['push', 'apple-log'],
    steps: [
      { action: openPane('date-time', 'fixes.action.open-date-time') },
      { action: openUrl(URL_PUSH_NETWORK, 'fixes.action.apple-push-ports') },
      {},
      {},
      { text: 'fixes.step.check-again', action: recheck(['push', 'apple-log']) },
    ],
  },
  {
    id: 'auth-attestation-failed',
    audience: 'user',
    recheck: ['apple-log'],
    steps: [
      { action: openPane('software-update', 'fixes.action.open-software-update') },
      {},
      {},
      { text: 'fixes.step.send-codes', action: openUrl(URL_GETSUPPORT, 'fixes.action.contact-apple-support') },
    ],
  },
  {
    id: 'apple-log-send-codes',
    audience: 'user',
    recheck: [],
    steps: [{}, { text: 'fixes.step.send-codes', action: openUrl(URL_GETSUPPORT, 'fixes.action.contact-apple-support') }],
  },
];
