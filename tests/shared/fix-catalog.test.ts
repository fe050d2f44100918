import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSES } from '../../shared/causes';
import { CHECK_IDS } from '../../shared/checks';
import {
  actionIdFor,
  actionProblem,
  findAction,
  fixCards,
  fixIdsForCause,
  isAllowedExternalUrl,
  SETTINGS_PANE_FALLBACK_URLS,
  SETTINGS_PANE_URLS,
} from '../../shared/fix-catalog';
import { ACCOUNT_CARDS } from '../../shared/fixes/account';
import { APPLE_LOG_CARDS } from '../../shared/fixes/apple-log';
import { APPLE_SIDE_CARDS } from '../../shared/fixes/apple-side';
import { NETWORK_CARDS } from '../../shared/fixes/network';
import { PROXY_VPN_CARDS } from '../../shared/fixes/proxy-vpn';
import { THIS_MAC_CARDS } from '../../shared/fixes/this-mac';
import { TLS_TIME_CARDS } from '../../shared/fixes/tls-time';
import { EN } from '../../shared/i18n';
import { CHANNELS, CONTRACT } from '../../shared/ipc';
import { allActions, allTexts } from './catalog-text';

const CARD_ID = /^[a-z0-9][a-z0-9.-]{0,80}$/;
const PANES = [
  'network',
  'wifi',
  'vpn',
  'firewall',
  'date-time',
  'apple-account',
  'software-update',
  'privacy-security',
  'login-items',
  'notifications',
  'menu-bar',
];
const ipcAccepts = (id: string) => CONTRACT[CHANNELS.runAction].request.safeParse({ id }).success;

describe('cause → cards', () => {
  it.each([...CAUSES])('%s has at least one existing card, without duplicates', (cause) => {
    const ids = fixIdsForCause(cause);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(fixCards(EN)[id], `${cause} → ${id}`).toBeDefined();
  });

  it('returns a copy the caller cannot use to corrupt the catalog', () => {
    fixIdsForCause('clock.skew').push('junk');
    expect(fixIdsForCause('clock.skew')).not.toContain('junk');
  });

  it('every card is offered for at least one cause (no dead content)', () => {
    const used = new Set(CAUSES.flatMap((c) => fixIdsForCause(c)));
    expect(Object.keys(fixCards(EN)).filter((id) => !used.has(id))).toEqual([]);
  });

  it('HTTPS inspection gets a card for the user and one for the admin', () => {
    const audiences = fixIdsForCause('tls.intercepted').map((id) => fixCards(EN)[id]!.audience);
    expect(audiences).toContain('user');
    expect(audiences).toContain('admin');
  });

  it('clock causes lead to Date & Time and a one-shot sntp command', () => {
    const cards = fixIdsForCause('clock.skew').map((id) => fixCards(EN)[id]!);
    const actions = cards.flatMap((c) => c.steps.map((s) => s.action));
    expect(actions).toContainEqual(expect.objectContaining({ kind: 'open-settings', pane: 'date-time' }));
    expect(actions).toContainEqual(expect.objectContaining({ kind: 'copy-command', command: 'sudo sntp -sS time.apple.com' }));
    expect(fixIdsForCause('tls.not_yet_valid')[0]).toBe('clock-set-automatically');
  });

  it('a captive portal is sent to captive.apple.com first', () => {
    const card = fixCards(EN)[fixIdsForCause('captive.detected')[0]!]!;
    expect(card.steps[0]!.text).toContain('http://captive.apple.com');
  });

  it('a leftover proxy is turned off in Details… › Proxies, managed Macs go to IT', () => {
    const text = fixCards(EN)
      [fixIdsForCause('proxy.down')[0]!]!.steps.map((s) => s.text)
      .join(' ');
    expect(text).toContain('Details… › Proxies');
    expect(text).toMatch(/managed.*IT/);
  });

  it('an Apple outage links the status page and changes nothing locally', () => {
    const card = fixCards(EN)[fixIdsForCause('apple.outage')[0]!]!;
    expect(card.steps.map((s) => s.action)).toContainEqual(expect.objectContaining({ url: 'https://www.apple.com/support/systemstatus/' }));
    expect(card.steps.some((s) => s.action?.kind === 'copy-command' || s.action?.kind === 'open-settings')).toBe(false);
  });

  it('the firewall card turns off block-all and keeps stealth mode', () => {
    const text = fixCards(EN)
      ['firewall-block-all']!.steps.map((s) => s.text)
      .join(' ');
    expect(text).toMatch(/turn off “Block all incoming connections”/);
    expect(text).toMatch(/stealth mode/);
    expect(fixCards(EN)['firewall-block-all']!.steps[0]!.text).toContain('System Settings › Network › Firewall');
  });

  it('the keychain cleanup warns before anything is deleted', () => {
    const steps = fixCards(EN)['keychain-duplicates-cleanup']!.steps.map((s) => s.text);
    const firstDelete = steps.findIndex((t) => /Delete only/.test(t));
    expect(steps.findIndex((t) => /never delete or reset your whole login keychain/i.test(t))).toBeLessThan(firstDelete);
    expect(steps.findIndex((t) => /Sign Out/.test(t))).toBeLessThan(firstDelete);
    expect(steps.join(' ')).toMatch(/iCloud Keychain items sync/);
  });
});

describe('cards are well-formed', () => {
  const cards = Object.entries(fixCards(EN));

  it.each(cards)('%s', (key, card) => {
    expect(card.id).toBe(key);
    expect(card.id).toMatch(CARD_ID);
    expect(card.title.trim()).not.toBe('');
    expect(card.why.trim()).not.toBe('');
    expect(card.steps.length).toBeGreaterThan(0);
    expect(card.steps.length).toBeLessThanOrEqual(50);
    for (const check of card.recheck) expect(CHECK_IDS).toContain(check);
    for (const step of card.steps) expect(step.text.trim()).not.toBe('');
  });

  it('card ids are unique across content modules (none silently overwritten)', () => {
    const all = [...NETWORK_CARDS, ...PROXY_VPN_CARDS, ...TLS_TIME_CARDS, ...APPLE_SIDE_CARDS, ...THIS_MAC_CARDS, ...ACCOUNT_CARDS, ...APPLE_LOG_CARDS];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(cards.length).toBe(all.length);
  });
});

describe('every action is safe', () => {
  const actions = allActions();

  it.each(actions.map((a) => [a.where, a.value] as const))('%s', (where, action) => {
    expect(actionProblem(action)).toBeNull();
    expect(ipcAccepts(where)).toBe(true);
    if (action.kind === 'recheck') for (const c of action.checks) expect(CHECK_IDS).toContain(c);
  });

  it('copy-commands are harmless, and their note says whether an admin password is needed', () => {
    const commands = actions.flatMap((a) => (a.value.kind === 'copy-command' ? [a.value] : []));
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) {
      expect(c.command).not.toMatch(/\brm\b|curl|wget|\|\s*\w*sh\b|>|defaults\s+write|delete|nvram|pmset|reset|networksetup/);
      if (/\bsudo\b/.test(c.command)) {
        expect(c.note).toMatch(/administrator password/);
        expect(c.note).not.toMatch(/not need/);
      } else {
        expect(c.note).toMatch(/not need an administrator password/);
      }
    }
  });

  it('flushes DNS with both halves of the modern command', () => {
    const cmds = actions.flatMap((a) => (a.value.kind === 'copy-command' ? [a.value.command] : []));
    expect(cmds).toContain('sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder');
    expect(cmds.filter((c) => c.includes('mDNSResponder')).every((c) => c.includes('dscacheutil -flushcache'))).toBe(true);
  });

  it('every settings pane has an x-apple.systempreferences URL (macOS 13+ extension ids)', () => {
    expect(Object.keys(SETTINGS_PANE_URLS).sort()).toEqual([...PANES].sort());
    const all = [...Object.values(SETTINGS_PANE_URLS), ...Object.values(SETTINGS_PANE_FALLBACK_URLS).flat()];
    for (const url of all) expect(url).toMatch(/^x-apple\.systempreferences:com\.apple\.[A-Za-z0-9.-]+(\?[A-Za-z_]+)?$/);
    expect(SETTINGS_PANE_URLS.firewall).toContain('Network-Settings.extension?Firewall');
  });

  it('links only Apple articles whose ids were checked (no invented support URLs)', () => {
    const verified = new Set(['101555', '102266', '102606', '118574', '102641']);
    const urls = actions.flatMap((a) => (a.value.kind === 'open-url' ? [new URL(a.value.url)] : []));
    for (const u of urls.filter((x) => x.hostname === 'support.apple.com')) expect(verified, u.href).toContain(u.pathname.slice(1));
    expect(urls.some((u) => u.hostname === 'www.apple.com')).toBe(true);
  });

  it('actionIdFor builds the id findAction expects', () => {
    expect(findAction(actionIdFor('clock-step-now', 1), EN)).toEqual(expect.objectContaining({ kind: 'copy-command' }));
  });

  it('an action with a pane outside the table or a foreign URL is flagged', () => {
    expect(actionProblem({ kind: 'open-settings', pane: 'nope' as never, label: 'x' })).not.toBeNull();
    expect(actionProblem({ kind: 'open-url', url: 'https://youbox.apple.com/', label: 'x' })).not.toBeNull();
    expect(actionProblem({ kind: 'copy-command', command: 'ls', label: 'x', note: '' })).not.toBeNull();
    expect(actionProblem({ kind: 'recheck', checks: [], label: 'x' })).not.toBeNull();
  });
});

describe('wording is right for macOS 13–26', () => {
  const texts = allTexts();

  it('says System Settings, never System Preferences (unless about macOS 12 or earlier)', () => {
    const bad = texts.filter((t) => /System Preferences/.test(t.value) && !/macOS 12|or earlier/.test(t.value));
    expect(bad).toEqual([]);
  });

  it('never says “Apple ID” without also naming “Apple Account” (renamed in macOS 15)', () => {
    expect(texts.filter((t) => /Apple ID\b/.test(t.value) && !/Apple Account/.test(t.value))).toEqual([]);
  });

  it('mentions NVRAM/PRAM/SMC only with the Intel qualifier, and never offers it as a step', () => {
    expect(texts.filter((t) => /NVRAM|PRAM|\bSMC\b/.test(t.value) && !/Intel/.test(t.value))).toEqual([]);
    // A step's instruction never mentions them at all; only an explanatory detail may (to say: not needed).
    expect(texts.filter((t) => /NVRAM|PRAM|\bSMC\b/.test(t.value) && !t.where.endsWith('.detail'))).toEqual([]);
  });

  it('names only real, allow-listed web addresses (plus the plain-http captive test page)', () => {
    const urls = texts.flatMap((t) => t.value.match(/\bhttps?:\/\/[^\s),”]+/g) ?? []);
    for (const url of urls) expect(url === 'http://captive.apple.com' || isAllowedExternalUrl(url), url).toBe(true);
    expect(texts.some((t) => /youbox/.test(t.value))).toBe(false);
  });
});

describe('findAction', () => {
  it('resolves every step action, and only steps that have one', () => {
    for (const { where, value } of allActions()) expect(findAction(where, EN)).toEqual(value);
    for (const card of Object.values(fixCards(EN))) {
      card.steps.forEach((s, i) => {
        if (!s.action) expect(findAction(`${card.id}#${i}`, EN)).toBeNull();
      });
      expect(findAction(`${card.id}#${card.steps.length}`, EN)).toBeNull();
    }
  });

  it.each([
    '',
    '#0',
    'dns-server-failing',
    'dns-server-failing#',
    'dns-server-failing#-1',
    'dns-server-failing#01',
    'dns-server-failing#99',
    'dns-server-failing#0 ',
    'dns-server-failing#0\n',
    ' dns-server-failing#0',
    'DNS-SERVER-FAILING#0',
    'dns-server-failing#1.0',
    'no-such-card#0',
    'constructor#0',
    '__proto__#0',
    'tostring#0',
    'hasownproperty#0',
    'symptom.#0',
    'symptom.no-such-symptom#0',
    'symptom.constructor#0',
    'symptom.stuck-verifying#99',
    `${'a'.repeat(90)}#0`,
  ])('rejects %j', (id) => {
    expect(findAction(id, EN)).toBeNull();
  });

  it('never throws and only resolves ids the IPC layer accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (id) => {
        const action = findAction(id, EN);
        return action === null || ipcAccepts(id);
      }),
    );
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://support.apple.com/101555',
    'https://support.apple.com/en-us/102606',
    'https://iforgot.apple.com/',
    'https://account.apple.com/',
    'https://appleid.apple.com/',
    'https://getsupport.apple.com/',
    'https://www.apple.com/support/systemstatus/',
    'https://www.apple.com/support/systemstatus',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://support.apple.com/101555',
    'javascript:alert(1)',
    'javascript://support.apple.com/%0aalert(1)',
    'file:///etc/passwd',
    'data:text/html,hi',
    'x-apple.systempreferences:com.apple.Network-Settings.extension',
    'https://apple.com.evil.example/',
    'https://support.apple.com.evil.example/',
    'https://evilapple.com/',
    'https://support.evilapple.com/',
    'https://support.apple.com@evil.example/',
    'https://user:pass@support.apple.com/',
    'https://support.apple.com:8443/',
    'https://support.apple.com./',
    'https://support%2Eapple.com/',
    'https://support.apple.com\\@evil.example/',
    ' https://support.apple.com/',
    'https://support.apple.com/\n',
    'https://www.apple.com/',
    'https://www.apple.com/support/systemstatus-evil/',
    'https://www.apple.com/support/systemstatus/../../shop',
    'https://apple.com/support/systemstatus/',
    'https://youbox.apple.com/',
    'https://captive.apple.com/',
    'https://[::1]/',
    '//support.apple.com/',
    // Non-canonical spellings are refused rather than normalised.
    'HTTPS://SUPPORT.APPLE.COM/101555',
    '',
  ])('rejects %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('rejects every https URL on a host outside the allow-list', () => {
    const allowed = new Set(['support.apple.com', 'iforgot.apple.com', 'account.apple.com', 'appleid.apple.com', 'getsupport.apple.com', 'www.apple.com']);
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => {
        const host = new URL(url).hostname;
        return allowed.has(host) || !isAllowedExternalUrl(url);
      }),
    );
  });
});
