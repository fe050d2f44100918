import { describe, expect, it } from 'vitest';
import { refuseInvocation } from '../../../electron/engine/system/command-policy';

describe('command policy: security never prints a secret', () => {
  it.each([
    [['find-generic-password', '-w', '-s', 'x']],
    [['find-generic-password', '-g', '-s', 'x']],
    [['find-generic-password', '-ga', 'feei-guest']],
    [['find-generic-password', '-s', 'x', '-w']],
    [['find-generic-password', '-s', 'x', '-gw']],
    [['find-generic-password', '-d', 'x']],
    [['find-internet-password', '-s', 'dev.azure.com', '-w']],
    [['find-internet-password', '-d', 'domain', '-s', 'x']],
    [['dump-keychain', '-d']],
    [['dump-keychain', '-d', '/Users/x/Library/Keychains/login.keychain-db']],
    [['dump-keychain', '/Library/Keychains/System.keychain', '-d']],
    [['dump-keychain', '-r']],
    [['dump-keychain', '-i']],
    [['export', '-k', 'login.keychain']],
    [['export']],
    [['-i']],
    [['delete-generic-password', '-s', 'x']],
    [['unlock-keychain']],
    [['list-keychains', '-s', '/tmp/evil.keychain']],
    [[]],
  ])('refuses security %j', (args) => {
    expect(refuseInvocation('security', args)).not.toBeNull();
  });

  it('allows only the invocation the keychain check runs', () => {
    expect(refuseInvocation('security', ['dump-keychain'])).toBeNull();
  });

  // Read-only, but no check runs them: the allow-list is exactly what the checks run.
  it.each([
    [['dump-keychain', '/Users/x/Library/Keychains/login.keychain-db']],
    [['list-keychains']],
    [['list-keychains', '-d', 'user']],
    [['find-generic-password', '-s', 'com.apple.account.AppleIDAuthentication']],
    [['find-internet-password', '-s', 'dev.azure.com', '-r', 'htps']],
  ])('refuses unused security %j', (args) => {
    expect(refuseInvocation('security', args)).not.toBeNull();
  });
});

describe('command policy: other tools are read-only', () => {
  it.each([
    ['scutil', ['--proxy']],
    ['scutil', ['--dns']],
    ['scutil', ['--nc', 'list']],
    ['sw_vers', []],
    ['socketfilterfw', ['--getglobalstate']],
    ['socketfilterfw', ['--getblockall']],
    ['socketfilterfw', ['--getstealthmode']],
    ['systemsetup', ['-getusingnetworktime']],
    ['systemsetup', ['-gettimezone']],
    ['systemsetup', ['-getnetworktimeserver']],
    ['defaults', ['read', 'MobileMeAccounts']],
    ['sysctl', ['-n', 'hw.model']],
  ])('allows %s %j', (tool, args) => {
    expect(refuseInvocation(tool, args)).toBeNull();
  });

  it.each([
    ['sysctl', ['-w', 'kern.maxfiles=1']],
    ['sysctl', ['-a']],
    ['sysctl', ['hw.model']],
    ['scutil', []],
    ['scutil', ['--nc', 'start', 'My VPN']],
    ['scutil', ['--set', 'ComputerName', 'x']],
    ['socketfilterfw', ['--setblockall', 'off']],
    ['systemsetup', ['-setusingnetworktime', 'on']],
    ['defaults', ['write', 'MobileMeAccounts', 'x', 'y']],
    ['defaults', ['delete', 'MobileMeAccounts']],
    ['networksetup', ['-setwebproxystate', 'Wi-Fi', 'off']],
    ['sw_vers', ['--evil']],
    // Issue #15 item 9: reads that no check runs are refused too.
    ['defaults', ['read', 'com.apple.Safari']],
    ['defaults', ['read', 'MobileMeAccounts', 'Accounts']],
    ['networksetup', ['-getdnsservers', 'Wi-Fi']],
    ['networksetup', ['-listallhardwareports']],
    ['networksetup', ['-getwebproxy', 'Wi-Fi$(id)']],
    ['systemsetup', ['-getremotelogin']],
    ['scutil', ['--nc', 'status', 'My VPN']],
    ['sw_vers', ['-productVersion']],
    ['socketfilterfw', ['--listapps']],
    ['bash', ['-c', 'id']],
    ['sh', []],
    ['__proto__', []],
  ])('refuses %s %j', (tool, args) => {
    expect(refuseInvocation(tool, args)).not.toBeNull();
  });
});
