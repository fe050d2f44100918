import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../../shared/checks';
import { actionProblem, findAction } from '../../shared/fix-catalog';
import { EN } from '../../shared/i18n';
import { CHANNELS, CONTRACT } from '../../shared/ipc';
import { findSymptom, symptoms } from '../../shared/symptoms';

const EXPECTED = ['stuck-verifying', 'password-prompts-fail', 'works-on-iphone-not-mac', 'icloud-errors', 'app-store-signin', 'codes-not-arriving'];
const textOf = (id: string) =>
  findSymptom(id, EN)!
    .steps.map((s) => `${s.text} ${s.detail ?? ''}`)
    .join(' ');

describe('symptom guides', () => {
  it('cover the six symptoms of the quick-reference table, each once', () => {
    expect(
      symptoms(EN)
        .map((s) => s.id)
        .sort(),
    ).toEqual([...EXPECTED].sort());
    expect(new Set(symptoms(EN).map((s) => s.title)).size).toBe(symptoms(EN).length);
  });

  it.each(symptoms(EN).map((s) => [s.id, s] as const))('%s is well-formed', (id, s) => {
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,70}$/);
    expect(s.title.trim()).not.toBe('');
    expect(s.description.trim()).not.toBe('');
    expect(s.checks.length).toBeGreaterThan(0);
    for (const c of s.checks) expect(CHECK_IDS).toContain(c);
    expect(new Set(s.checks).size).toBe(s.checks.length);
    expect(s.steps.length).toBeGreaterThan(2);
    expect(s.steps.length).toBeLessThanOrEqual(50);
    // The first step runs the symptom's own checks, the last (and only the last) escalates.
    expect(s.steps[0]!.action).toEqual(expect.objectContaining({ kind: 'recheck', checks: s.checks }));
    expect(s.steps.at(-1)!.kind).toBe('escalate');
    expect(s.steps.slice(0, -1).every((st) => st.kind === 'manual')).toBe(true);
  });

  it('the escalation step prepares the report and links Apple Support', () => {
    for (const s of symptoms(EN)) {
      const last = s.steps.at(-1)!;
      expect(last.text).toMatch(/report/);
      expect(last.action).toEqual(expect.objectContaining({ kind: 'open-url', url: 'https://getsupport.apple.com/' }));
    }
  });

  it('every step action is safe and resolvable as symptom.<id>#<n> through IPC', () => {
    for (const s of symptoms(EN)) {
      s.steps.forEach((st, i) => {
        const id = `symptom.${s.id}#${i}`;
        if (st.action) {
          expect(actionProblem(st.action)).toBeNull();
          expect(CONTRACT[CHANNELS.runAction].request.safeParse({ id }).success).toBe(true);
          expect(findAction(id, EN)).toEqual(st.action);
        } else {
          expect(findAction(id, EN)).toBeNull();
        }
      });
    }
  });

  it('findSymptom returns null for unknown ids', () => {
    expect(findSymptom('nope', EN)).toBeNull();
    expect(findSymptom('constructor', EN)).toBeNull();
  });
});

describe('verification codes not arriving', () => {
  const text = textOf('codes-not-arriving');

  it('walks through trusted devices, Get Verification Code on both iPhone and Mac, and the carrier path', () => {
    expect(text).toMatch(/Settings › \(your name\) › Sign-In & Security › Two-Factor Authentication › Get Verification Code/);
    expect(text).toMatch(/System Settings › \(your name\) › Sign-In & Security/);
    expect(text).toMatch(/Password & Security/); // older releases
    expect(text).toMatch(/carrier/);
    expect(text).toMatch(/iMessage or FaceTime/);
  });

  it('manages trusted numbers at account.apple.com and recovers at iforgot.apple.com, without telling people to turn 2FA off', () => {
    const urls = findSymptom('codes-not-arriving', EN)!.steps.flatMap((s) => (s.action?.kind === 'open-url' ? [s.action.url] : []));
    expect(urls).toContain('https://account.apple.com/');
    expect(urls).toContain('https://iforgot.apple.com/');
    expect(text).toMatch(/Sign-In and Security/);
    expect(text).toMatch(/waiting period/);
    expect(text).not.toMatch(/turn (it|two-factor authentication) off and/i);
  });
});

describe('other guides carry the manual steps checks cannot do', () => {
  it('password prompts: browser test, iforgot, careful Keychain, new-user test', () => {
    const text = textOf('password-prompts-fail');
    expect(text).toMatch(/account\.apple\.com/);
    expect(text).toMatch(/iforgot\.apple\.com/);
    expect(text).toMatch(/Never delete or reset your whole login keychain/);
    expect(text).toMatch(/new user/);
  });

  it('works on iPhone but not Mac: same account, hotspot test, new-user test, no NVRAM step', () => {
    const text = textOf('works-on-iphone-not-mac');
    expect(text).toMatch(/same account/);
    expect(text).toMatch(/Personal Hotspot/);
    expect(text).toMatch(/new user/);
    for (const s of findSymptom('works-on-iphone-not-mac', EN)!.steps) expect(s.text).not.toMatch(/NVRAM|SMC/);
  });

  it('App Store: Media & Purchases account and Store › Sign Out', () => {
    const text = textOf('app-store-signin');
    expect(text).toMatch(/Media & Purchases/);
    expect(text).toMatch(/Store › Sign Out/);
  });

  it('stuck on Verifying starts with the network and Apple’s status', () => {
    const s = findSymptom('stuck-verifying', EN)!;
    expect(s.checks.slice(0, 2)).toEqual(['signin-endpoints', 'apple-status']);
    expect(textOf('stuck-verifying')).toMatch(/Personal Hotspot/);
  });
});
