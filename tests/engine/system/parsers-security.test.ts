import { describe, expect, it } from 'vitest';
import { appleAccountItems, duplicateNames, isAppleAccountItem, staleNames } from '../../../electron/engine/system/apple-keychain';
import { keychainDate, parseSecurityItems } from '../../../electron/engine/system/parsers/security-items';
import { fixture } from './helpers';

const items = (name: string) => {
  const r = parseSecurityItems(fixture(name));
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('security attribute blocks', () => {
  it('reads a dump-keychain item (no secret in the output)', () => {
    expect(items('security-dump-keychain.signal-safe-storage.txt')).toEqual([
      {
        keychain: '/Users/bastimmer/Library/Keychains/login.keychain-db',
        class: 'genp',
        service: 'Signal Safe Storage',
        account: 'Signal Key',
        label: 'Signal Safe Storage',
        description: null,
        created: '2024-08-15T14:32:09.000Z',
        modified: '2024-08-15T14:32:09.000Z',
      },
    ]);
  });

  it('reads find-generic-password output and never keeps the password line', () => {
    const [item] = items('security-find-generic-password.airport-system-keychain.with-password.txt');
    expect(item).toMatchObject({
      keychain: '/Library/Keychains/System.keychain',
      service: 'AirPort',
      account: 'feei-guest',
      description: 'AirPort network password',
    });
    // The reporter edited the hex; the printed ASCII is intact and wins.
    expect(item!.created).toBe('2017-07-07T01:39:31.000Z');
    expect(JSON.stringify(item)).not.toContain('12345678');
  });

  it('reads delete-generic-password blocks (same format, trailing message ignored)', () => {
    expect(items('security-delete-generic-password.login-keychain.txt')[0]).toMatchObject({
      service: 'dummy-service-name',
      account: 'dummy-key-name',
      modified: '2020-05-23T08:08:07.000Z',
    });
    expect(items('security-delete-generic-password.encrypted-volume.txt')[0]).toMatchObject({
      label: 'backup',
      description: 'Encrypted Volume Password',
      created: '2026-07-31T04:05:02.000Z',
    });
  });

  it('reads an internet password (server as service; the doubtful sample only for key names)', () => {
    expect(items('security-find-internet-password.htps.anonymised.DOUBTFUL-edited.txt')[0]).toMatchObject({
      class: 'inet',
      service: 'dev.azure.com',
      account: 'yourusername',
      label: 'dev.azure.com',
      created: null,
    });
  });

  it('decodes hex + octal-escaped UTF-8 values and skips data sections', () => {
    const text = [
      'keychain: "/Users/x/Library/Keychains/login.keychain-db"',
      'class: "genp"',
      'attributes:',
      '    "acct"<blob>=0x4AC3BC726762656EC3A4  "J\\303\\274rgen\\303\\244"',
      '    "svce"<blob>="com.apple.account.AppleAccount.token"',
      'data:',
      '"very-secret-token"',
      'keychain: "/Library/Keychains/System.keychain"',
      'class: 0x80001000',
      'attributes:',
      '    "labl"<blob>="com.apple.idms.appleid.prd.0A771AC1"',
    ].join('\n');
    const r = parseSecurityItems(text);
    expect(r.ok && r.value.map((i) => [i.account, i.service, i.label])).toEqual([
      ['Jürgenä', 'com.apple.account.AppleAccount.token', null],
      [null, null, 'com.apple.idms.appleid.prd.0A771AC1'],
    ]);
    expect(JSON.stringify(r)).not.toContain('very-secret-token');
  });

  it('drops the last block of output cut at the size cap', () => {
    const dump = fixture('security-dump-keychain.signal-safe-storage.txt');
    const r = parseSecurityItems(`${dump}${dump}`.slice(0, dump.length + 200), { partial: true });
    expect(r.ok && r.value).toHaveLength(1);
  });

  it('rejects garbage, text before the first block, and tolerates CRLF', () => {
    expect(parseSecurityItems('hello\nworld').ok).toBe(false);
    expect(parseSecurityItems(`noise\n${fixture('security-dump-keychain.signal-safe-storage.txt')}`).ok).toBe(false);
    expect(parseSecurityItems(fixture('security-dump-keychain.signal-safe-storage.txt').replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it('parses keychain dates strictly', () => {
    expect(keychainDate('20260731040502Z')).toBe('2026-07-31T04:05:02.000Z');
    expect(keychainDate('20260231040502Z')).toBeNull();
    expect(keychainDate('201G0707013931Z')).toBeNull();
  });
});

describe('Apple Account keychain items', () => {
  it('keeps only Apple Account items', () => {
    expect(isAppleAccountItem({ service: 'com.apple.gs.idms.pet.com.apple.account.AppleIDAuthentication.token', label: null })).toBe(true);
    expect(isAppleAccountItem({ service: null, label: 'com.apple.idms.appleid.prd.0A771AC1' })).toBe(true);
    expect(isAppleAccountItem({ service: 'Apple ID Authentication', label: null })).toBe(true);
    expect(isAppleAccountItem({ service: 'com.apple.account.Google.oauth-token', label: null })).toBe(false);
    expect(isAppleAccountItem({ service: 'Signal Safe Storage', label: 'Signal Safe Storage' })).toBe(false);
    expect(appleAccountItems(items('security-dump-keychain.signal-safe-storage.txt'))).toEqual([]);
  });

  it('flags duplicated services and items untouched for over a year', () => {
    const base = { account: 'a', label: null, keychain: '/k', class: 'genp', created: null };
    const list = [
      { ...base, service: 'com.apple.account.AppleIDAuthentication.token', modified: '2026-05-01T00:00:00.000Z' },
      { ...base, service: 'com.apple.account.AppleIDAuthentication.token', account: 'old@example.com', modified: '2019-01-01T00:00:00.000Z' },
      { ...base, service: 'iCloud', modified: '2026-01-01T00:00:00.000Z' },
    ];
    expect(duplicateNames(list)).toEqual(['com.apple.account.AppleIDAuthentication.token']);
    expect(staleNames(list, Date.parse('2026-06-01T00:00:00Z'))).toEqual(['com.apple.account.AppleIDAuthentication.token']);
    expect(staleNames(list, Date.parse('2019-06-01T00:00:00Z'))).toEqual([]);
  });
});
