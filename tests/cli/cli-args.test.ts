import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArgs, usageMessage } from '../../electron/cli/args';
import { main } from '../../electron/cli/cli';
import { CHECK_IDS } from '../../shared/checks';
import { EN } from '../../shared/i18n';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

async function runCli(argv: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(argv, { stdout: out.stream, stderr: err.stream, isTTY: false, env: {} });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('parseArgs', () => {
  it('treats check as the default subcommand', () => {
    expect(parseArgs([])).toEqual(parseArgs(['check']));
    expect(parseArgs(['--json'])).toMatchObject({ kind: 'run', options: { json: true } });
  });

  it('adds up repeated --only flags (no silent last-one-wins)', () => {
    expect(parseArgs(['--only', 'clock', '--only', 'dns,clock'])).toMatchObject({ kind: 'run', options: { only: ['clock', 'dns'] } });
    expect(parseArgs(['--all'])).toMatchObject({ kind: 'run', options: { allCards: true } });
  });

  it('accepts --only with known ids, both spellings', () => {
    expect(parseArgs(['--only', 'clock,push'])).toMatchObject({ kind: 'run', options: { only: ['clock', 'push'] } });
    expect(parseArgs(['--only=clock'])).toMatchObject({ kind: 'run', options: { only: ['clock'] } });
  });

  it.each([
    [['--only', 'clok'], /unknown check id “clok”/],
    [['--only'], /needs check ids/],
    [['--config'], /needs a file path/],
    [['--frobnicate'], /unknown option/],
    [['status'], /unknown command/],
  ])('rejects %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.kind).toBe('usage-error');
    expect(r.kind === 'usage-error' && usageMessage(EN, r)).toMatch(message);
  });
});

describe('appleid-doctor exit codes for bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aid-cli-'));

  it('exits 64 with one line for bad usage', async () => {
    const r = await runCli(['--only', 'nope']);
    expect(r.code).toBe(64);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'appleid-doctor: unknown check id “nope” (known: ' + CHECK_IDS.join(', ') + ') (see appleid-doctor --help)',
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('exits 78 for a missing config file', async () => {
    const r = await runCli(['--config', join(dir, 'missing.json')]);
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('exits 78 for invalid JSON, naming the file', async () => {
    const f = join(dir, 'broken.json');
    writeFileSync(f, '{"timeouts": {');
    const r = await runCli(['--config', f]);
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(/broken\.json: not valid JSON/);
  });

  it.each([
    [{ timeouts: { dnsMs: -1 } }, /timeouts\.dnsMs/],
    [{ ntpServers: ['time.apple.com'] }, /ntpServers\.0: must look like "host:port"/],
    [{ dnsServers: ['127.0.0.1'] }, /dnsServers\.0/],
    [{ endpoints: [{ id: 'Bad Id', host: 'x' }] }, /endpoints\.0\.id/],
    [{ toolPaths: { scutil: 'scutil' } }, /toolPaths\.scutil: must be an absolute path/],
    [{ surprise: true }, /Unrecognized key/i],
    [{ clock: { warnMs: 5000, failMs: 1000 } }, /warnMs must be smaller/],
  ])('exits 78 with the key path for %j', async (config, message) => {
    const f = join(dir, `c-${Math.random()}.json`);
    writeFileSync(f, JSON.stringify(config));
    const r = await runCli(['--config', f]);
    expect(r.code).toBe(78);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 78 bad config/);
  });
});
