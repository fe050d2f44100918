import { describe, expect, it } from 'vitest';
import { isDomainMissing, parseMobileMeAccounts } from '../../../electron/engine/system/parsers/mobileme-accounts';
import { parseOldStylePlist } from '../../../electron/engine/system/parsers/old-style-plist';
import { parseBlockAll, parseGlobalState, parseStealthMode } from '../../../electron/engine/system/parsers/socketfilterfw';
import { majorVersion, parseHwModel, parseSwVers } from '../../../electron/engine/system/parsers/sw-vers';
import { parseNetworkTimeServer, parseTimeZone, parseUsingNetworkTime } from '../../../electron/engine/system/parsers/systemsetup';
import { fixture } from './helpers';

describe('sw_vers', () => {
  it.each([
    ['sw_vers.15.7.4-sequoia.tabs.txt', { productName: 'macOS', productVersion: '15.7.4', buildVersion: '24G517', productVersionExtra: null }],
    ['sw_vers.10.13-no-patch-version.tabs.txt', { productName: 'Mac OS X', productVersion: '10.13', buildVersion: '17A405', productVersionExtra: null }],
    [
      'sw_vers.10.15.5-catalina.tabs-expanded-to-spaces.txt',
      { productName: 'Mac OS X', productVersion: '10.15.5', buildVersion: '19F101', productVersionExtra: null },
    ],
  ])('reads %s', (name, expected) => {
    expect(parseSwVers(fixture(name))).toEqual({ ok: true, value: expected });
  });

  it('reads ProductVersionExtra (Rapid Security Response) and the major version', () => {
    const r = parseSwVers('ProductName:\t\tmacOS\nProductVersion:\t\t13.4.1\nProductVersionExtra:\t(a)\nBuildVersion:\t\t22F770820d\n');
    expect(r.ok && r.value.productVersionExtra).toBe('(a)');
    expect(majorVersion('10.15.5')).toBe(10);
  });

  it('rejects garbage versions, missing versions and odd lines', () => {
    expect(parseSwVers('ProductName:\tmacOS\nProductVersion:\tfifteen\n').ok).toBe(false);
    expect(parseSwVers('ProductName:\tmacOS\n').ok).toBe(false);
    expect(parseSwVers('').ok).toBe(false);
    expect(parseSwVers(`${fixture('sw_vers.15.7.4-sequoia.tabs.txt')}oops\n`).ok).toBe(false);
    expect(parseSwVers(fixture('sw_vers.15.7.4-sequoia.tabs.txt').replace(/\n/g, '\r\n')).ok).toBe(true);
  });
});

describe('socketfilterfw', () => {
  it('reads the global state samples', () => {
    expect(parseGlobalState(fixture('socketfilterfw.getglobalstate.state2-newer-wording.txt'))).toEqual({ ok: true, value: { enabled: true, blockAll: true } });
    const transcript = fixture('socketfilterfw.getglobalstate.transcript-m-cli.txt').split('\n');
    expect(parseGlobalState(transcript[1]!)).toEqual({ ok: true, value: { enabled: false, blockAll: null } });
    expect(parseBlockAll(transcript[4]!)).toEqual({ ok: true, value: true });
    // "enabled. (State = 2)": the number alone does not prove block-all (kolide/launcher's sample below).
    expect(parseGlobalState(transcript[7]!)).toEqual({ ok: true, value: { enabled: true, blockAll: null } });
    const kolide = fixture('socketfilterfw.state2-blockall-disabled-stealth.kolide.txt').split('\n');
    expect(parseGlobalState(kolide[0]!)).toEqual({ ok: true, value: { enabled: true, blockAll: null } });
    expect(parseBlockAll(kolide[1]!)).toEqual({ ok: true, value: false });
    expect(parseStealthMode(kolide[4]!)).toEqual({ ok: true, value: true });
    // The whole transcript is not one tool's output (it has prompts).
    expect(parseGlobalState(transcript.join('\n')).ok).toBe(false);
    expect(parseGlobalState('Firewall is enabled. (State = 1)')).toEqual({ ok: true, value: { enabled: true, blockAll: false } });
  });

  it('reads "disabled" only from text that says so', () => {
    expect(parseGlobalState('Firewall is disabled. (State = 1)').ok).toBe(false);
    expect(parseGlobalState('Firewall is blocking all non-essential incoming connections. (State = 1)').ok).toBe(false);
    expect(parseGlobalState('').ok).toBe(false);
    expect(parseGlobalState('Firewall is sort of on').ok).toBe(false);
    expect(parseBlockAll('Block all something').ok).toBe(false);
  });

  it('reads block-all and stealth wordings quoted by public parsers', () => {
    // kolide/launcher, Mac-Health-Check and others (see socketfilterfw.ts).
    expect(parseBlockAll('Block all DISABLED! \n')).toEqual({ ok: true, value: false });
    expect(parseBlockAll('Block all ENABLED!')).toEqual({ ok: true, value: true });
    expect(parseBlockAll('Firewall has block all state set to disabled.\n')).toEqual({ ok: true, value: false });
    expect(parseStealthMode('Stealth mode enabled')).toEqual({ ok: true, value: true });
    expect(parseStealthMode('Firewall stealth mode is off\n')).toEqual({ ok: true, value: false });
  });
});

describe('systemsetup', () => {
  it('reads the values and the admin-rights refusal (stdout, exit 0)', () => {
    expect(parseUsingNetworkTime(fixture('systemsetup-getusingnetworktime.on.reconstructed.txt'))).toEqual({
      ok: true,
      value: { value: true, needsAdmin: false },
    });
    expect(parseUsingNetworkTime('Network Time: Off\n')).toEqual({ ok: true, value: { value: false, needsAdmin: false } });
    expect(parseUsingNetworkTime(fixture('systemsetup.needs-admin.stdout.txt'))).toEqual({ ok: true, value: { value: null, needsAdmin: true } });
    expect(parseTimeZone(fixture('systemsetup-gettimezone.reconstructed.txt'))).toEqual({ ok: true, value: { value: 'America/New_York', needsAdmin: false } });
    expect(parseNetworkTimeServer(fixture('systemsetup-getnetworktimeserver.apple.reconstructed.txt'))).toEqual({
      ok: true,
      value: { value: 'time.apple.com', needsAdmin: false },
    });
  });

  it('never reads "on" from anything else', () => {
    expect(parseUsingNetworkTime('Network Time: Maybe').ok).toBe(false);
    expect(parseUsingNetworkTime('').ok).toBe(false);
    expect(parseUsingNetworkTime('Network Time: On\nNetwork Time: Off').ok).toBe(false);
  });
});

describe('defaults read MobileMeAccounts', () => {
  it('reads a signed-in account (reconstructed shape, placeholders filled)', () => {
    expect(parseMobileMeAccounts(fixture('defaults-read-mobilemeaccounts.shape.filled.txt'))).toEqual({
      ok: true,
      value: { signedIn: true, accountId: '<apple-id-email>', displayName: '<display name>' },
    });
  });

  it('reads no account, a logged-out account, and rejects the author-elided excerpt', () => {
    expect(parseMobileMeAccounts('{\n    Accounts =     (\n    );\n}\n')).toEqual({ ok: true, value: { signedIn: false, accountId: null, displayName: null } });
    expect(parseMobileMeAccounts('{\n}\n')).toMatchObject({ ok: true, value: { signedIn: false } });
    expect(parseMobileMeAccounts('(\n    {\n        AccountID = "a@icloud.com";\n        LoggedIn = 0;\n    }\n)\n')).toMatchObject({
      ok: true,
      value: { signedIn: false },
    });
    expect(parseMobileMeAccounts(fixture('defaults-read-mobilemeaccounts-accounts.elided-by-author.txt')).ok).toBe(false);
    expect(parseMobileMeAccounts('AccountID = x').ok).toBe(false);
  });

  it('recognises the "does not exist" messages of defaults', () => {
    expect(isDomainMissing('Domain MobileMeAccounts does not exist\n')).toBe(true);
    expect(isDomainMissing('2022-07-04 14:43:51.299 defaults[50713:32971078]\nThe domain/default pair of (MobileMeAccounts, Accounts) does not exist\n')).toBe(
      true,
    );
    expect(isDomainMissing('Segmentation fault')).toBe(false);
  });

  it('old-style plists: escapes, data, nesting limit', () => {
    const r = parseOldStylePlist('{ a = "x\\ny\\U00e9\\101"; b = <0a0B 0c>; c = (1, 2,); }');
    expect(r.ok && r.value instanceof Map && [...r.value]).toEqual([
      ['a', 'x\nyéA'],
      ['b', '0a0B0c'],
      ['c', ['1', '2']],
    ]);
    expect(parseOldStylePlist('('.repeat(10_000)).ok).toBe(false);
    expect(parseOldStylePlist('{ a = 1; a = 2; }').ok).toBe(false);
  });
});

describe('parseHwModel', () => {
  it.each(['Mac14,2', 'MacBookPro18,3', 'iMac21,1', 'VirtualMac2,1', 'Mac14,2\n'])('reads %j', (text) => {
    expect(parseHwModel(text)).toEqual({ ok: true, value: text.trim() });
  });
  it.each(['', 'sysctl: unknown oid', 'Mac14,2\nMac14,3', 'x86_64', 'MacBookPro'])('refuses %j', (text) => {
    expect(parseHwModel(text).ok).toBe(false);
  });
});
