import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppPath } from '../../electron/shell/app-protocol';

let root: string;
let outside: string;
beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'proto-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  outside = join(base, 'secret.txt');
  writeFileSync(outside, 'secret');
  writeFileSync(`${root}-evil`, 'sibling');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('maps our URLs into the renderer directory', () => {
    expect(resolveAppPath('app://renderer/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://renderer/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://renderer/assets/app.js?v=1#x', root)).toBe(join(root, 'assets', 'app.js'));
  });

  it.each(['app://renderer/../secret.txt', 'app://renderer/%2e%2e/secret.txt', 'app://renderer/assets/../../../secret.txt'])(
    'plain dot segments are resolved by the URL parser and stay inside the root: %s',
    (url) => {
      expect(resolveAppPath(url, root)).toBe(join(root, 'secret.txt'));
    },
  );

  it.each([
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/%2e%2e%2frenderer-evil',
    'app://renderer/index.html%00.js',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://renderer/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('serves files with the CSP header and the right type; refuses traversal with 404', async () => {
    const handle = createAppProtocolHandler(root);
    const ok = await handle(new Request('app://renderer/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await ok.text()).toContain('<title>x</title>');
    const js = await handle(new Request('app://renderer/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const evil = await handle(new Request('app://renderer/%2e%2e/secret.txt'));
    expect(evil.status).toBe(404);
    expect(await evil.text()).not.toContain('secret');
    expect((await handle(new Request('app://renderer/missing.js'))).status).toBe(404);
  });

  it('the CSP allows no remote or inline script and no network from the page', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });
});
