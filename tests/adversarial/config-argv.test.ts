/**
 * Adversarial replay, issue #15 items 2, 3, 4, 8, 9: hostile config values and files, hostile
 * argv. Fuzzing uses a fixed seed so a failure replays exactly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, usageMessage } from '../../electron/cli/args';
import { httpGet } from '../../electron/engine/probes/http-exchange';
import { readCaFile } from '../../electron/engine/system/bounded-read';
import { loadConfigFile } from '../../electron/service/config-file';
import { resolveConfig } from '../../shared/config';
import { EN } from '../../shared/i18n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'adv-config-'));
  execFileSync('mkfifo', [path.join(dir, 'fifo')]);
  symlinkSync('/dev/zero', path.join(dir, 'zero-link'));
  writeFileSync(path.join(dir, 'environ'), 'SECRET_TOKEN=hunter2\0HOME=/root\0');
  writeFileSync(path.join(dir, 'escape.json'), '{"\u001b]0;pwned\u0007": 1}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const firstError = (input: unknown): string => {
  const r = resolveConfig(input);
  return r.ok ? '' : r.errors[0]!;
};

describe('item 2: resolver ports (c-ares aborts the process on port 0)', () => {
  it.each([['127.0.0.1:0'], ['127.0.0.1:00000'], ['127.0.0.1:65536'], ['[::1]:0'], ['300.1.1.1:53']])(
    'refuses %s in dnsServers and comparisonDnsServers',
    (s) => {
      expect(firstError({ dnsServers: [s] })).toMatch(/^dnsServers\.0: /);
      expect(firstError({ comparisonDnsServers: [s] })).toMatch(/^comparisonDnsServers\.0: /);
    },
  );
  it('accepts a real resolver', () => {
    expect(resolveConfig({ dnsServers: ['127.0.0.1:53', '[::1]:5353'] }).ok).toBe(true);
  });
});

describe('item 3: endpoint paths are RFC 3986 only, and the socket is destroyed if http.request throws', () => {
  it.each([['/a b'], ['/a\r\nX-Evil: 1'], ['/\n'], ['/\u0000'], ['/ü'], ['relative'], [`/${'a'.repeat(3000)}`]])('refuses path %j', (p) => {
    expect(firstError({ endpoints: [{ id: 'x', host: 'example.test', path: p }] })).toMatch(/^endpoints\.0\.path: /);
  });
  it.each([['/'], ['/auth/verify?x=1&y=%20'], ["/a/b;c=d/@:!$&'()*+,="]])('accepts path %j', (p) => {
    expect(resolveConfig({ endpoints: [{ id: 'x', host: 'example.test', path: p }] }).ok).toBe(true);
  });
  it('httpGet with an invalid path resolves and leaves no open socket', async () => {
    const server = net.createServer(() => {});
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as net.AddressInfo).port;
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const out = await httpGet(socket, {
      host: 'h',
      port,
      defaultPort: 80,
      path: '/a b',
      timeoutMs: 2000,
      signal: new AbortController().signal,
      mono: () => performance.now(),
    });
    expect(out.failure?.cause).toBe('http.unexpected');
    expect(socket.destroyed).toBe(true);
    server.close();
  });
});

describe('item 4: bounded readers refuse non-regular files and stop at their cap', () => {
  it.each([['/dev/zero'], ['/dev/urandom'], ['fifo'], ['zero-link']])('--config %s answers at once, one line', async (name) => {
    const file = name.startsWith('/') ? name : path.join(dir, name);
    const t0 = performance.now();
    const r = await loadConfigFile(file);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/not a file|pipe|device/);
  });
  it('a regular file above the cap is refused while reading', async () => {
    const big = path.join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(2 * 1024 * 1024, 0x20));
    const r = await loadConfigFile(big);
    expect(r.ok ? '' : r.errors[0]).toMatch(/larger than 1 MiB/);
  });
  it.each([['/dev/zero'], ['/dev/urandom'], ['fifo']])('extraCaFile %s is refused at once', async (name) => {
    const file = name.startsWith('/') ? name : path.join(dir, name);
    const t0 = performance.now();
    await expect(readCaFile(file)).rejects.toThrow(/pipe|device|not a regular/);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('item 8: list and string lengths are bounded', () => {
  it.each([
    ['push', { push: { host: 'p.test', ports: Array(50_000).fill(443) } }],
    ['ntpServers', { ntpServers: Array(40_000).fill('time.test:123') }],
    ['endpoints', { endpoints: Array.from({ length: 1000 }, (_, i) => ({ id: `e${i}`, host: 'h.test' })) }],
    ['expectedIssuers', { expectedIssuers: Array(10_000).fill('X') }],
    ['dnsServers', { dnsServers: Array(100).fill('127.0.0.1:53') }],
  ])('%s: refused in one line, fast', (key, input) => {
    const t0 = performance.now();
    expect(firstError(input)).toMatch(new RegExp(`^${key}(\\.push)?[.:]|^push\\.ports: `));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('a huge host name is refused', () => {
    expect(firstError({ push: { host: 'a'.repeat(10_000), ports: [443] } })).toMatch(/^push\.host: /);
  });
});

describe('item 9: argv and config errors', () => {
  it('--only , is a usage error (64), not an empty run', () => {
    expect(parseArgs(['--only', ',']).kind).toBe('usage-error');
    expect(parseArgs(['--only=,,']).kind).toBe('usage-error');
  });
  it('--json=false keeps JSON off; --json=maybe is a usage error', () => {
    const off = parseArgs(['--json=false']);
    expect(off.kind === 'run' && off.options.json).toBe(false);
    const on = parseArgs(['--json=true']);
    expect(on.kind === 'run' && on.options.json).toBe(true);
    expect(parseArgs(['--json=maybe']).kind).toBe('usage-error');
  });
  it.each([['\u001b[2J'], ['--\u001b]0;x\u0007'], ['--only=\u001b[31mred'], ['evil\r\nforged line']])(
    'control characters in %j are escaped in the error',
    (arg) => {
      const r = parseArgs([arg]);
      expect(r.kind).toBe('usage-error');
      if (r.kind === 'usage-error') expect(usageMessage(EN, r)).not.toMatch(/[\u0000-\u001f\u007f]/);
    },
  );
  it('a non-JSON config never echoes the file bytes', async () => {
    const r = await loadConfigFile(path.join(dir, 'environ'));
    const line = r.ok ? '' : r.errors[0]!;
    expect(line).toMatch(/not valid JSON/);
    expect(line).not.toContain('SECRET_TOKEN');
    expect(line).not.toContain('hunter2');
  });
  it('a key with terminal escapes is shown escaped', async () => {
    const r = await loadConfigFile(path.join(dir, 'escape.json'));
    expect(r.ok ? '' : r.errors[0]).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('config and argv fuzz (fixed seed): never throws, every error is one printable line', () => {
  it('resolveConfig over random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const r = resolveConfig(v);
        if (!r.ok) for (const e of r.errors) expect(e).not.toMatch(/[\u0000-\u001f\u007f]/);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
  it('parseArgs over random argv', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('--json', '--only', '--config', ',', 'check', '--json=false', '--no-color=1'), fc.string({ maxLength: 12 })), {
          maxLength: 6,
        }),
        (argv) => {
          const r = parseArgs(argv);
          if (r.kind === 'usage-error') expect(usageMessage(EN, r)).not.toMatch(/[\u0000-\u001f\u007f]/);
        },
      ),
      { seed: 15, numRuns: 500 },
    );
  });
});
