/**
 * The real command runner against small scripts in a temp dir: the cmd.* faults
 * C1–C12 (missing, EACCES, hang with a grandchild, exit ≠ 0, signal,
 * garbage, 10 MB, non-UTF-8, empty) and the secret-refusal rule.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandFailure, readTool } from '../../../electron/engine/system/cmd-outcome';
import { createCommandRunner, type RunnerResult } from '../../../electron/engine/system/command-runner';
import { parseSwVers } from '../../../electron/engine/system/parsers/sw-vers';
import type { CommandResult } from '../../../electron/engine/types';
import { TOOL_DEFAULTS, type ToolName } from '../../../shared/config';
import { makeCtx, scriptDir } from './helpers';

let shims: ReturnType<typeof scriptDir>;
const marker = () => path.join(shims.dir, 'ran');

beforeAll(() => {
  shims = scriptDir({
    echoargs: `printf '%s\\n' "$@"; echo "LC_ALL=$LC_ALL LANG=$LANG PATH=$PATH"; echo "LEAK=\${LEAK_CHECK-unset}"`,
    hang: `sleep 30 & echo $! > "$(dirname "$0")/grandchild.pid"; echo started; wait`,
    escape: `setsid sleep 30 & echo $! > "$(dirname "$0")/escaped.pid"; echo started; exit 0`,
    fail3: `echo "scutil: something broke" >&2; exit 3`,
    segv: `kill -SEGV $$`,
    garbage: `head -c 300 /dev/urandom | base64`,
    huge: `head -c 10000000 /dev/zero | tr '\\0' 'a'`,
    latin1: `printf 'ProductName:\\tcaf\\xe9 \\xff\\xfe\\n'`,
    empty: `exit 0`,
    touch: `touch "$(dirname "$0")/ran"; echo ok`,
  });
  writeFileSync(path.join(shims.dir, 'not-executable'), '#!/bin/bash\necho hi\n', { mode: 0o644 });
  process.env.LEAK_CHECK = 'parent-secret';
});

afterAll(() => {
  delete process.env.LEAK_CHECK;
  for (const f of ['grandchild.pid', 'escaped.pid']) {
    const file = path.join(shims.dir, f);
    // Clean up only the processes these tests started, by their pid.
    if (existsSync(file)) {
      try {
        process.kill(Number(readFileSync(file, 'utf8').trim()), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  shims.cleanup();
});

/** A runner whose every tool is one script. */
function runnerFor(script: string, maxBytes?: number) {
  const file = script.startsWith('/') ? script : shims.path(script);
  const toolPaths = Object.fromEntries(Object.keys(TOOL_DEFAULTS).map((k) => [k, file])) as Record<ToolName, string>;
  return createCommandRunner({ toolPaths, ...(maxBytes ? { maxBytes } : {}) });
}

async function run(script: string, timeoutMs = 3000, tool: ToolName = 'scutil', args: string[] = ['--proxy'], signal?: AbortSignal): Promise<RunnerResult> {
  return (await runnerFor(script).run(tool, args, { timeoutMs, ...(signal ? { signal } : {}) })) as RunnerResult;
}

/** Linux /proc: a process that is gone or a zombie (killed, not yet reaped) no longer runs. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}

describe('command runner', () => {
  it('passes argv without a shell and a minimal C-locale environment', async () => {
    // The policy admits only the checks' exact argv, so shell metacharacters cannot reach a tool at
    // all (see command-policy.test.ts); the argv still arrives verbatim and in order.
    const r = await run('echoargs', 3000, 'sysctl', ['-n', 'hw.model']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['-n', 'hw.model']);
    expect(r.stdout).toContain('LC_ALL=C LANG=C PATH=/usr/bin:/bin:/usr/sbin:/sbin');
    expect(r.stdout).toContain('LEAK=unset');
    expect(commandFailure('scutil', r)).toBeNull();
  });

  it('C1 missing binary → cmd.missing', async () => {
    const r = await run('/usr/sbin/definitely-not-here');
    expect(r.spawnError).toMatch(/^ENOENT/);
    expect(commandFailure('scutil --proxy', r)?.cause).toBe('cmd.missing');
  });

  it('C12 non-executable file → cmd.missing (EACCES)', async () => {
    const r = await run('not-executable');
    expect(r.spawnError).toMatch(/^EACCES/);
    expect(commandFailure('scutil --proxy', r)?.cause).toBe('cmd.missing');
  });

  it('C2/C10/C11 hang with a grandchild: killed at the deadline with the whole group, partial output kept', async () => {
    const t0 = performance.now();
    const r = await run('hang', 500);
    expect(performance.now() - t0).toBeLessThan(500 + 1500);
    expect(r.timedOut).toBe(true);
    expect(r.stdout).toBe('started\n');
    expect(commandFailure('scutil --proxy', r)?.cause).toBe('cmd.timeout');
    const pid = Number(readFileSync(shims.path('grandchild.pid'), 'utf8').trim());
    await expect.poll(() => isRunning(pid), { timeout: 2000 }).toBe(false);
  });

  it('resolves even when an escaped descendant (own session) keeps the pipe open', async () => {
    const t0 = performance.now();
    const r = await run('escape', 800);
    expect(performance.now() - t0).toBeLessThan(800 + 1500);
    expect(r.stdout).toBe('started\n');
    expect(r.exitCode).toBe(0);
  });

  it('honours an AbortSignal like a timeout', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const t0 = performance.now();
    const r = await run('hang', 10_000, 'scutil', ['--proxy'], ac.signal);
    expect(performance.now() - t0).toBeLessThan(200 + 1500);
    expect(r.timedOut).toBe(true);
    const already = await run('echoargs', 3000, 'scutil', ['--proxy'], AbortSignal.abort());
    expect(already.spawnError).toBe('aborted before start');
    expect(commandFailure('scutil --proxy', already)?.cause).toBe('cmd.timeout');
  });

  it('C3 non-zero exit → cmd.failed with the tool’s own message', async () => {
    const r = await run('fail3');
    expect(r.exitCode).toBe(3);
    const f = commandFailure('scutil --proxy', r);
    expect(f?.cause).toBe('cmd.failed');
    expect(f?.summary).toContain('something broke');
    expect(commandFailure('security', { ...r, exitCode: 44 }, { dataExit: (x: CommandResult) => x.exitCode === 44 })).toBeNull();
  });

  it('C4 killed by a signal → cmd.failed (crashed)', async () => {
    const r = await run('segv');
    expect(r.signal).toBe('SIGSEGV');
    expect(commandFailure('scutil --proxy', r)?.summary).toMatch(/crashed/);
  });

  it('C5 garbage with exit 0 → cmd.unparseable, never healthy', async () => {
    const ctx = makeCtx({ runner: runnerFor('garbage') });
    const read = await readTool(ctx, 'sw_vers', [], (r) => parseSwVers(r.stdout));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.failure.cause).toBe('cmd.unparseable');
  });

  it('C6 10 MB of output is capped, the tool stopped, and the result not trusted', async () => {
    const t0 = performance.now();
    const r = await run('huge');
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.truncated).toBe(true);
    expect(r.stdout.length).toBe(1024 * 1024);
    expect(commandFailure('scutil --proxy', r)?.cause).toBe('cmd.unparseable');
    expect(commandFailure('security dump-keychain', r, { allowTruncated: true })).toBeNull();
  });

  it('C7 non-UTF-8 output is decoded as Latin-1 and flagged', async () => {
    const r = await run('latin1');
    expect(r.encoding).toBe('latin1');
    expect(r.stdout).toContain('café ÿþ');
    expect(r.stdout).not.toContain('\ufffd');
  });

  it('C9 empty output with exit 0 is not a reading', async () => {
    const ctx = makeCtx({ runner: runnerFor('empty') });
    const read = await readTool(ctx, 'sw_vers', [], (r) => parseSwVers(r.stdout));
    expect(!read.ok && read.failure.cause).toBe('cmd.unparseable');
  });

  it('refuses secret-printing security invocations without starting anything', async () => {
    for (const args of [['find-generic-password', '-w', '-s', 'x'], ['find-generic-password', '-ga', 'x'], ['dump-keychain', '-d'], ['export']]) {
      const r = await run('touch', 3000, 'security', args);
      expect(r.spawnError).toMatch(/^refused/);
      expect(commandFailure('security', r)?.cause).toBe('cmd.failed');
    }
    expect(existsSync(marker())).toBe(false);
    const allowed = await run('touch', 3000, 'security', ['dump-keychain']);
    expect(allowed.stdout).toBe('ok\n');
    expect(existsSync(marker())).toBe(true);
  });

  it('refuses tools outside the allow-list and relative paths', async () => {
    const runner = runnerFor('touch');
    const r = await runner.run('bash' as ToolName, ['-c', 'id'], { timeoutMs: 1000 });
    expect(r.spawnError).toMatch(/^refused/);
    const rel = createCommandRunner({ toolPaths: { ...TOOL_DEFAULTS, scutil: 'scutil' } });
    expect((await rel.run('scutil', ['--proxy'], { timeoutMs: 1000 })).spawnError).toMatch(/absolute/);
  });
});
