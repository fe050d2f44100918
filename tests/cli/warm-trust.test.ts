import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runsDiagnosis } from '../../electron/cli/warm-trust';

const run = promisify(execFile);
const WARM = fileURLToPath(new URL('../../electron/cli/warm-trust.ts', import.meta.url));

/** Run `lines` in a node process of its own (the root store is per process, as in the binary), with `warmRootStore` in scope. */
const inOwnProcess = (...lines: string[]) =>
  run(process.execPath, ['--import', 'tsx', '-e', [`const { warmRootStore } = require(${JSON.stringify(WARM)});`, ...lines].join('\n')], { timeout: 20_000 });

describe('warming Node root store on a worker (electron/cli/warm-trust.ts)', () => {
  it('warms only for command lines that run a diagnosis', () => {
    expect(runsDiagnosis([])).toBe(true);
    expect(runsDiagnosis(['--json', '--config', 'c.json'])).toBe(true);
    expect(runsDiagnosis(['--only', 'dns', '--format', 'prometheus'])).toBe(true);
    expect(runsDiagnosis(['fix', 'dns.flush-cache'])).toBe(false);
    expect(runsDiagnosis(['--help'])).toBe(false);
    expect(runsDiagnosis(['--json', '-h'])).toBe(false);
    expect(runsDiagnosis(['--from-report', 'r.json'])).toBe(false);
    expect(runsDiagnosis(['--from-report=r.json', '--json'])).toBe(false);
  });

  it('the worker builds its context, prints nothing, and a context built beside it meanwhile works', async () => {
    const { stdout, stderr } = await inOwnProcess(
      'const warmed = warmRootStore();',
      "const ctx = require('node:tls').createSecureContext();",
      // The worker is unref'd, so this process waits for it only through this timer.
      'const hold = setTimeout(() => {}, 15_000);',
      "warmed.then((ok) => { clearTimeout(hold); process.stdout.write([ok, typeof ctx.context].join(' ')); });",
    );
    expect(stdout).toBe('true object');
    expect(stderr).toBe('');
  }, 30_000);

  it('never keeps the process alive: one with nothing else to do exits before the worker is done', async () => {
    const { stdout, stderr } = await inOwnProcess("warmRootStore().then(() => process.stdout.write('waited for the worker'));");
    expect(stdout).toBe('');
    expect(stderr).toBe('');
  }, 30_000);
});
