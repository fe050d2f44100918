/** keychain, macos, firewall, time-settings and account checks on real samples through a scripted runner. */

import { describe, expect, it } from 'vitest';
import { accountCheck } from '../../../electron/engine/checks/account';
import { firewallCheck } from '../../../electron/engine/checks/firewall';
import { keychainCheck } from '../../../electron/engine/checks/keychain';
import { macosCheck } from '../../../electron/engine/checks/macos';
import { timeSettingsCheck } from '../../../electron/engine/checks/time-settings';
import { runCheck } from '../../../electron/engine/types';
import { fixture, makeCtx, scriptedRunner } from './helpers';

/** An Apple Account item built from the real dump sample's format. */
function appleItem(service: string, account: string, mdat: string): string {
  const hex = Buffer.from(`${mdat}\u0000`).toString('hex').toUpperCase();
  return fixture('security-dump-keychain.signal-safe-storage.txt')
    .replace(/Signal Safe Storage/g, service)
    .replace('Signal Key', account)
    .replace(/"mdat"<timedate>=.*$/m, `"mdat"<timedate>=0x${hex}  "${mdat}\\000"`);
}

describe('keychain check', () => {
  it('passes when no Apple Account item is duplicated or old (non-Apple items are not listed)', async () => {
    const dump =
      fixture('security-dump-keychain.signal-safe-storage.txt') + appleItem('com.apple.account.AppleIDAuthentication.token', '123', '20260501000000Z');
    const o = await runCheck(keychainCheck, makeCtx({ runner: scriptedRunner({ 'security dump-keychain': dump }) }));
    expect(o).toMatchObject({ status: 'pass', data: { duplicates: [], stale: [] } });
    expect(o.data.items).toEqual([
      expect.objectContaining({ service: 'com.apple.account.AppleIDAuthentication.token', account: '123', modified: '2026-05-01T00:00:00.000Z' }),
    ]);
  });

  it('duplicates → warn keychain.duplicates; old items → warn keychain.stale (hints, never fail)', async () => {
    const svc = 'com.apple.gs.idms.pet.com.apple.account.AppleIDAuthentication.token';
    const dup = appleItem(svc, 'new', '20260501000000Z') + appleItem(svc, 'old', '20190101000000Z');
    expect(await runCheck(keychainCheck, makeCtx({ runner: scriptedRunner({ 'security dump-keychain': dup }) }))).toMatchObject({
      status: 'warn',
      cause: 'keychain.duplicates',
      data: { duplicates: [svc], stale: [svc] },
    });
    const old = appleItem('iCloud', 'x', '20200101000000Z');
    expect(await runCheck(keychainCheck, makeCtx({ runner: scriptedRunner({ 'security dump-keychain': old }) }))).toMatchObject({
      status: 'warn',
      cause: 'keychain.stale',
    });
  });

  it('output cut at the cap still yields the complete items, with a note', async () => {
    const item = appleItem('iCloud', 'x', '20260501000000Z');
    const o = await runCheck(
      keychainCheck,
      makeCtx({ runner: scriptedRunner({ 'security dump-keychain': { stdout: item + item.slice(0, 100), truncated: true } }) }),
    );
    expect(o.status).toBe('pass');
    expect(o.data.items).toHaveLength(1);
    expect(o.summary).toMatch(/Only the first 1 keychain items/);
  });

  it('empty output or garbage → error cmd.unparseable; exit ≠ 0 → cmd.failed', async () => {
    expect(await runCheck(keychainCheck, makeCtx({ runner: scriptedRunner({ 'security dump-keychain': '' }) }))).toMatchObject({
      status: 'error',
      cause: 'cmd.unparseable',
    });
    expect(await runCheck(keychainCheck, makeCtx({ runner: scriptedRunner({ 'security dump-keychain': 'bWFsZm9ybWVk\n' }) }))).toMatchObject({
      status: 'error',
      cause: 'cmd.unparseable',
    });
    expect(
      await runCheck(keychainCheck, makeCtx({ runner: scriptedRunner({ 'security dump-keychain': { exitCode: 1, stderr: 'security: boom' } }) })),
    ).toMatchObject({ status: 'error', cause: 'cmd.failed' });
  });
});

describe('macos check', () => {
  it('passes on Sequoia; warns on Catalina (older than minMacosMajor)', async () => {
    const seq = await runCheck(macosCheck, makeCtx({ runner: scriptedRunner({ sw_vers: fixture('sw_vers.15.7.4-sequoia.tabs.txt') }) }));
    expect(seq).toMatchObject({ status: 'pass', summary: 'macOS 15.7.4 (24G517).', data: { productVersion: '15.7.4', buildVersion: '24G517' } });
    const old = await runCheck(macosCheck, makeCtx({ runner: scriptedRunner({ sw_vers: fixture('sw_vers.10.15.5-catalina.tabs-expanded-to-spaces.txt') }) }));
    expect(old).toMatchObject({ status: 'warn', cause: 'macos.outdated', data: { productName: 'Mac OS X', productVersion: '10.15.5' } });
    const strict = await runCheck(
      macosCheck,
      makeCtx({ runner: scriptedRunner({ sw_vers: fixture('sw_vers.15.7.4-sequoia.tabs.txt') }), config: { minMacosMajor: 16 } }),
    );
    expect(strict.cause).toBe('macos.outdated');
  });
});

describe('firewall check', () => {
  const fw = (global: string, blockAll: string | object, stealth: string | object = 'Stealth mode disabled\n') =>
    makeCtx({
      runner: scriptedRunner({
        'socketfilterfw --getglobalstate': global,
        'socketfilterfw --getblockall': blockAll,
        'socketfilterfw --getstealthmode': stealth,
      }),
    });

  it('block all → warn firewall.block_all', async () => {
    const o = await runCheck(
      firewallCheck,
      fw(fixture('socketfilterfw.getglobalstate.state2-newer-wording.txt'), 'Firewall has block all state set to enabled.\n'),
    );
    expect(o).toMatchObject({ status: 'warn', cause: 'firewall.block_all', data: { enabled: true, blockAll: true, stealth: false } });
  });

  it('on without block-all, or off → pass', async () => {
    expect(await runCheck(firewallCheck, fw('Firewall is enabled. (State = 1)\n', 'Block all DISABLED! \n', 'Firewall stealth mode is on\n'))).toMatchObject({
      status: 'pass',
      data: { enabled: true, blockAll: false, stealth: true },
    });
    expect(await runCheck(firewallCheck, fw('Firewall is disabled. (State = 0)\n', 'Block all DISABLED! \n'))).toMatchObject({
      status: 'pass',
      data: { enabled: false },
    });
  });

  it('State 1 with --getblockall enabled (newer macOS) → warn', async () => {
    expect(await runCheck(firewallCheck, fw('Firewall is enabled. (State = 1)\n', 'Block all ENABLED!\n'))).toMatchObject({ cause: 'firewall.block_all' });
  });

  it('State 2 with --getblockall disabled (kolide/launcher’s real sample, stealth on) → pass: the explicit getter wins', async () => {
    const [global, blockAll, , , stealth] = fixture('socketfilterfw.state2-blockall-disabled-stealth.kolide.txt').split('\n');
    expect(await runCheck(firewallCheck, fw(`${global}\n`, `${blockAll}\n`, `${stealth}\n`))).toMatchObject({
      status: 'pass',
      cause: null,
      data: { enabled: true, blockAll: false, stealth: true },
    });
  });

  it('State 2 with --getblockall unreadable → unknown, never block-all', async () => {
    const o = await runCheck(firewallCheck, fw('Firewall is enabled. (State = 2)\n', { exitCode: 1, stderr: 'nope' }));
    expect(o).toMatchObject({ status: 'error', cause: 'cmd.failed', data: { enabled: true, blockAll: null } });
    const garbled = await runCheck(firewallCheck, fw('Firewall is enabled. (State = 2)\n', 'Block all MAYBE\n'));
    expect(garbled).toMatchObject({ status: 'error', cause: 'cmd.unparseable', data: { blockAll: null } });
  });

  it('unreadable state → error, never "firewall off"', async () => {
    expect(await runCheck(firewallCheck, fw('Firewall is kind of on\n', 'Block all DISABLED!'))).toMatchObject({
      status: 'error',
      cause: 'cmd.unparseable',
      data: { enabled: null },
    });
    expect(await runCheck(firewallCheck, fw('Firewall is enabled.\n', { exitCode: 1, stderr: 'nope' }))).toMatchObject({
      status: 'error',
      cause: 'cmd.failed',
    });
  });
});

describe('time-settings check', () => {
  const ts = (usingNetworkTime: string | object, zone: string = fixture('systemsetup.needs-admin.stdout.txt')) =>
    makeCtx({
      runner: scriptedRunner({
        'systemsetup -getusingnetworktime': usingNetworkTime,
        'systemsetup -gettimezone': zone,
        'systemsetup -getnetworktimeserver': fixture('systemsetup-getnetworktimeserver.apple.reconstructed.txt'),
      }),
    });

  it('needs administrator access → skip with a note, not an error', async () => {
    const o = await runCheck(timeSettingsCheck, ts(fixture('systemsetup.needs-admin.stdout.txt')));
    expect(o).toMatchObject({ status: 'skip', cause: null, data: { automatic: null, timeZone: 'UTC' } });
    expect(o.data.notes?.join(' ')).toMatch(/administrator/);
  });

  it('automatic off → warn time.auto_off; on → pass with zone and server', async () => {
    expect(await runCheck(timeSettingsCheck, ts('Network Time: Off\n'))).toMatchObject({ status: 'warn', cause: 'time.auto_off', data: { automatic: false } });
    expect(
      await runCheck(
        timeSettingsCheck,
        ts(fixture('systemsetup-getusingnetworktime.on.reconstructed.txt'), fixture('systemsetup-gettimezone.reconstructed.txt')),
      ),
    ).toMatchObject({
      status: 'pass',
      data: { automatic: true, timeZone: 'America/New_York', server: 'time.apple.com', notes: [] },
    });
  });

  it('a hang → error cmd.timeout', async () => {
    expect(await runCheck(timeSettingsCheck, ts({ timedOut: true, exitCode: null }))).toMatchObject({ status: 'error', cause: 'cmd.timeout' });
  });
});

describe('account check', () => {
  const acct = (answer: string | object) => makeCtx({ runner: scriptedRunner({ 'defaults read MobileMeAccounts': answer }) });

  it('signed in → pass; the id stays out of the summary', async () => {
    const o = await runCheck(accountCheck, acct(fixture('defaults-read-mobilemeaccounts.shape.filled.txt')));
    expect(o).toMatchObject({ status: 'pass', data: { signedIn: true, accountId: '<apple-id-email>', displayName: '<display name>' } });
    expect(o.summary).not.toContain('<apple-id-email>');
  });

  it('"Domain … does not exist" (exit 1) → warn account.signed_out', async () => {
    expect(await runCheck(accountCheck, acct({ exitCode: 1, stderr: 'Domain MobileMeAccounts does not exist\n' }))).toMatchObject({
      status: 'warn',
      cause: 'account.signed_out',
      data: { signedIn: false },
    });
  });

  it('other failures are errors, not "signed out"', async () => {
    expect(await runCheck(accountCheck, acct({ exitCode: 1, stderr: 'defaults: crashed\n' }))).toMatchObject({ status: 'error', cause: 'cmd.failed' });
    expect(await runCheck(accountCheck, acct(fixture('defaults-read-mobilemeaccounts-accounts.elided-by-author.txt')))).toMatchObject({
      status: 'error',
      cause: 'cmd.unparseable',
    });
  });
});
