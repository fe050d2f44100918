/**
 * Symptom guides about the account itself: password prompts that keep failing, App Store
 * sign-in, and verification codes that do not arrive (“Verification codes cannot be sent”).
 * Paths: Apple's 102606 (“Get a verification code and sign in with two-factor authentication”);
 * macOS 13 calls the section “Password & Security”, macOS 14 and later “Sign-In & Security”.
 */
import type { SymptomDef } from '../symptom-types';
import { escalateStep, OPEN_KEYCHAIN_ACCESS, openPane, openUrl, recheck, URL_ACCOUNT, URL_IFORGOT, URL_SYSTEM_STATUS, URL_VERIFICATION_CODES } from './build';

export const ACCOUNT_SYMPTOMS: SymptomDef[] = [
  {
    id: 'password-prompts-fail',
    checks: ['keychain', 'account', 'signin-endpoints', 'clock', 'apple-status'],
    steps: [
      {
        kind: 'manual',
        text: 'fixes.step.run-checks',
        action: recheck(['keychain', 'account', 'signin-endpoints', 'clock', 'apple-status'], 'fixes.action.run-the-checks'),
      },
      { kind: 'manual', detail: true, action: openUrl(URL_ACCOUNT, 'fixes.action.open-account-apple-com') },
      { kind: 'manual', detail: true, action: openUrl(URL_IFORGOT, 'fixes.action.open-iforgot-apple-com') },
      { kind: 'manual', action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { kind: 'manual', detail: true, action: OPEN_KEYCHAIN_ACCESS },
      { kind: 'manual', detail: true },
      escalateStep(),
    ],
  },
  {
    id: 'app-store-signin',
    checks: ['signin-endpoints', 'apple-status', 'proxy', 'dns', 'clock', 'account'],
    steps: [
      {
        kind: 'manual',
        text: 'fixes.step.run-checks',
        action: recheck(['signin-endpoints', 'apple-status', 'proxy', 'dns', 'clock', 'account'], 'fixes.action.run-the-checks'),
      },
      { kind: 'manual', action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') },
      { kind: 'manual', detail: true, action: openPane('apple-account', 'fixes.action.open-apple-account-settings') },
      { kind: 'manual' },
      { kind: 'manual' },
      escalateStep(),
    ],
  },
  {
    id: 'codes-not-arriving',
    checks: ['push', 'signin-endpoints', 'apple-status', 'clock', 'captive-portal', 'vpn'],
    steps: [
      { kind: 'manual', action: recheck(['push', 'signin-endpoints', 'apple-status', 'clock', 'captive-portal', 'vpn'], 'fixes.action.run-the-checks') },
      { kind: 'manual', action: openUrl(URL_SYSTEM_STATUS, 'fixes.action.open-apple-system-status') },
      { kind: 'manual', detail: true },
      { kind: 'manual', detail: true, action: openUrl(URL_VERIFICATION_CODES, 'fixes.action.apple-get-a-verification-code') },
      { kind: 'manual', detail: true },
      { kind: 'manual', detail: true, action: openUrl(URL_ACCOUNT, 'fixes.action.open-account-apple-com') },
      { kind: 'manual', detail: true },
      { kind: 'manual', detail: true, action: openUrl(URL_IFORGOT, 'fixes.action.open-iforgot-apple-com') },
      escalateStep(),
    ],
  },
];
