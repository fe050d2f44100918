import { describe, expect, it } from 'vitest';
import {
  isBypassed,
  matchesBypassEntry,
  noProxyMatches,
  parseChromiumProxyList,
  parseHttpProxyUrl,
  redactProxyUrl,
} from '../../../electron/engine/system/proxy-match';
import { createProxyRouter } from '../../../electron/engine/system/proxy-route';
import { SCUTIL_PROXY_MEMO_KEY } from '../../../electron/engine/system/system-proxy';
import { fixture, makeCtx, scriptedRunner } from './helpers';

const URL_ = 'https://idmsa.apple.com/';
const scutilWith = (stdout: string) => scriptedRunner({ 'scutil --proxy': stdout });
const HTTPS_PROXY_ON =
  '<dictionary> {\n  ExceptionsList : <array> {\n    0 : *.local\n    1 : 169.254/16\n  }\n  HTTPSEnable : 1\n  HTTPSPort : 3128\n  HTTPSProxy : proxy.corp.example\n}\n';

describe('proxy router precedence', () => {
  it('config "direct" and "http://host:port" win over everything', async () => {
    const runner = scutilWith(HTTPS_PROXY_ON);
    const env = { HTTPS_PROXY: 'http://env-proxy:8080' };
    expect(await makeCtx({ runner, env, config: { proxy: 'direct' } }).proxyRoute(URL_)).toEqual({ kind: 'direct' });
    expect(await makeCtx({ runner, env, config: { proxy: 'http://127.0.0.1:3128' } }).proxyRoute(URL_)).toEqual({
      kind: 'proxy',
      host: '127.0.0.1',
      port: 3128,
      source: 'config',
    });
    expect(runner.calls).toEqual([]);
  });

  it('the host resolver (Electron) comes next and its PAC answer is used', async () => {
    const runner = scutilWith(fixture('scutil-proxy.pac-url.txt'));
    const ctx = makeCtx({ runner, resolveProxy: async () => 'PROXY 10.0.0.8:8080; DIRECT' });
    expect(await ctx.proxyRoute(URL_)).toEqual({ kind: 'proxy', host: '10.0.0.8', port: 8080, source: 'pac' });
    expect(await makeCtx({ runner, resolveProxy: async () => 'SOCKS5 10.0.0.9:1080; DIRECT' }).proxyRoute(URL_)).toEqual({ kind: 'direct' });
  });

  it('falls through when the host resolver fails or hangs', async () => {
    const runner = scutilWith(HTTPS_PROXY_ON);
    const failing = makeCtx({ runner, resolveProxy: async () => Promise.reject(new Error('boom')) });
    expect(await failing.proxyRoute(URL_)).toMatchObject({ kind: 'proxy', host: 'proxy.corp.example', source: 'system' });
    const hanging = makeCtx({ runner, resolveProxy: () => new Promise<string>(() => {}), config: { timeouts: { commandMs: 50 } } });
    expect(await hanging.proxyRoute(URL_)).toMatchObject({ kind: 'proxy', source: 'system' });
  });

  it('macOS settings: HTTPS proxy unless excepted; PAC and WPAD are reported as not evaluated', async () => {
    expect(await makeCtx({ runner: scutilWith(HTTPS_PROXY_ON) }).proxyRoute(URL_)).toEqual({
      kind: 'proxy',
      host: 'proxy.corp.example',
      port: 3128,
      source: 'system',
    });
    expect(await makeCtx({ runner: scutilWith(HTTPS_PROXY_ON) }).proxyRoute('https://printer.local/')).toEqual({ kind: 'direct' });
    expect(await makeCtx({ runner: scutilWith(fixture('scutil-proxy.pac-url.txt')) }).proxyRoute(URL_)).toEqual({
      kind: 'pac-unevaluated',
      url: 'http://wpad.company.com/wpad.dat',
    });
    expect(await makeCtx({ runner: scutilWith(fixture('scutil-proxy.auto-discovery-wpad.reconstructed.txt')) }).proxyRoute(URL_)).toEqual({
      kind: 'pac-unevaluated',
      url: 'http://wpad/wpad.dat',
    });
    expect(await makeCtx({ runner: scutilWith(fixture('scutil-proxy.no-proxy-default.txt')), env: { HTTPS_PROXY: 'http://e:1' } }).proxyRoute(URL_)).toEqual({
      kind: 'direct',
    });
    expect(await makeCtx({ runner: scutilWith(fixture('scutil-proxy.http-https-socks-comma-exceptions.flattened-as-found.txt')) }).proxyRoute(URL_)).toEqual({
      kind: 'proxy',
      host: '127.0.0.1',
      port: 7890,
      source: 'system',
    });
  });

  it('reads scutil once per run and shares it under the memo key', async () => {
    const runner = scutilWith(HTTPS_PROXY_ON);
    const ctx = makeCtx({ runner });
    await Promise.all([ctx.proxyRoute(URL_), ctx.proxyRoute('https://gsa.apple.com/')]);
    expect(runner.calls).toEqual(['scutil --proxy']);
    expect(ctx.memoKeys).toContain(SCUTIL_PROXY_MEMO_KEY);
  });

  it('falls back to HTTPS_PROXY/NO_PROXY when scutil fails or off macOS, then direct', async () => {
    const broken = scriptedRunner({});
    expect(await makeCtx({ runner: broken, env: { https_proxy: 'http://u:p@10.1.1.1:8080' } }).proxyRoute(URL_)).toEqual({
      kind: 'proxy',
      host: '10.1.1.1',
      port: 8080,
      source: 'env',
    });
    expect(await makeCtx({ runner: broken, env: { HTTPS_PROXY: '10.1.1.1:8080', NO_PROXY: '.apple.com' } }).proxyRoute(URL_)).toEqual({ kind: 'direct' });
    expect(await makeCtx({ runner: broken, env: { HTTPS_PROXY: 'socks5://10.1.1.1:1080' } }).proxyRoute(URL_)).toEqual({ kind: 'direct' });
    expect(await makeCtx({ runner: broken }).proxyRoute(URL_)).toEqual({ kind: 'direct' });
    const ctx = makeCtx({ runner: broken });
    const offMac = createProxyRouter({ config: ctx.config, deps: { ...ctx.deps, env: { HTTPS_PROXY: 'http://p:3128' } }, macos: false, memo: ctx.memo });
    expect(await offMac('https://gsa.apple.com/')).toMatchObject({ kind: 'proxy', source: 'env' });
    expect(broken.calls).not.toContain('scutil --proxy x');
    expect(await offMac('not a url')).toEqual({ kind: 'direct' });
  });
});

describe('proxy matching helpers', () => {
  it('macOS bypass entries: wildcards, exact names, abbreviated CIDR, simple hostnames', () => {
    expect(matchesBypassEntry('printer.local', '*.local')).toBe(true);
    expect(matchesBypassEntry('169.254.3.4', '169.254/16')).toBe(true);
    expect(matchesBypassEntry('169.255.3.4', '169.254/16')).toBe(false);
    expect(matchesBypassEntry('apple.com', 'apple.com')).toBe(true);
    expect(matchesBypassEntry('idmsa.apple.com', 'apple.com')).toBe(false);
    expect(matchesBypassEntry('idmsa.apple.com', '.apple.com')).toBe(true);
    expect(matchesBypassEntry('idmsa.apple.com', '*apple.com')).toBe(true);
    expect(matchesBypassEntry('10.2.3.4', '10.*')).toBe(true);
    expect(isBypassed('intranet', [], true)).toBe(true);
    expect(isBypassed('intranet', [], false)).toBe(false);
  });

  it('NO_PROXY as curl reads it', () => {
    expect(noProxyMatches('idmsa.apple.com', 443, 'apple.com')).toBe(true);
    expect(noProxyMatches('idmsa.apple.com', 443, '*.apple.com')).toBe(true);
    expect(noProxyMatches('notapple.com', 443, 'apple.com')).toBe(false);
    expect(noProxyMatches('idmsa.apple.com', 443, 'apple.com:80')).toBe(false);
    expect(noProxyMatches('anything', 443, 'localhost, *')).toBe(true);
    expect(noProxyMatches('17.1.2.3', 443, '17.0.0.0/8')).toBe(true);
  });

  it('Chromium proxy lists and proxy URLs', () => {
    expect(parseChromiumProxyList('PROXY a:1; HTTPS b; DIRECT')).toEqual([
      { kind: 'proxy', scheme: 'PROXY', host: 'a', port: 1 },
      { kind: 'proxy', scheme: 'HTTPS', host: 'b', port: 443 },
      { kind: 'direct' },
    ]);
    expect(parseChromiumProxyList('PROXY [::1]:8080')).toEqual([{ kind: 'proxy', scheme: 'PROXY', host: '::1', port: 8080 }]);
    expect(parseHttpProxyUrl('http://proxy:3128')).toEqual({ host: 'proxy', port: 3128 });
    expect(parseHttpProxyUrl('https://proxy:3128')).toBeNull();
    expect(redactProxyUrl('http://user:secret@proxy:3128')).toBe('http://[credentials]@proxy:3128');
  });
});
