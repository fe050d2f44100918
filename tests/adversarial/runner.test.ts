/**
 * Adversarial replay, issue #15 item 7 (runner) and item 9 (policy): a grandchild that leaves the
 * process group (setsid, `set -m`) must not survive the timeout where the OS lets us find it
 * (Linux /proc), and `run()` with bad arguments resolves with a refusal instead of throwing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseInvocation } from '../../electron/engine/system/command-policy';
import { createCommandRunner } from '../../electron/engine/system/command-runner';
import { TOOL_DEFAULTS, type ToolName } from '../../shared/config';
import { scriptDir } from '../engine/system/helpers';

let shims: ReturnType<typeof scriptDir>;
const PID_FILES = ['setsid.pid', 'setm.pid'];

beforeAll(() => {
  shims = scriptDir({
    setsid: `setsid sleep 30 & echo $! > "$(dirname "$0")/setsid.pid"; echo started; wait`,
    setm: `set -m; sleep 30 & echo $! > "$(dirname "$0")/setm.pid"; echo started; wait`,
  });
});

afterAll(() => {
  for (const f of PID_FILES) {
    const file = shims.path(f);
    if (!existsSync(file)) continue;
    try {
      process.kill(Number(readFileSync(file, 'utf8').trim()), 'SIGKILL');
    } catch {
      // already gone
    }
  }
  shims.cleanup();
});

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function runner(script: string) {
  const toolPaths = Object.fromEntries(Object.keys(TOOL_DEFAULTS).map((k) => [k, shims.path(script)])) as Record<ToolName, string>;
  return createCommandRunner({ toolPaths });
}

describe.skipIf(process.platform !== 'linux')('runner: escaped grandchildren are killed at the timeout (Linux)', () => {
  it.each([
    ['setsid', 'setsid.pid'],
    ['setm', 'setm.pid'],
  ])('%s grandchild does not outlive the deadline', async (script, pidFile) => {
    const r = await runner(script).run('scutil', ['--proxy'], { timeoutMs: 400 });
    expect(r.timedOut).toBe(true);
    const pid = Number(readFileSync(shims.path(pidFile), 'utf8').trim());
    await expect.poll(() => alive(pid), { timeout: 2000 }).toBe(false);
  });
});

describe('runner: bad arguments resolve with a refusal', () => {
  const r = () => runner('setsid');
  it.each([
    ['args not an array', () => r().run('scutil', 'oops' as never, { timeoutMs: 100 })],
    ['args null', () => r().run('scutil', null as never, { timeoutMs: 100 })],
    ['args with a number', () => r().run('scutil', [1 as never], { timeoutMs: 100 })],
    ['no options', () => r().run('scutil', ['--proxy'], undefined as never)],
    ['NaN timeout', () => r().run('scutil', ['--proxy'], { timeoutMs: Number.NaN })],
    ['unknown tool', () => r().run('bash' as never, ['-c', 'id'], { timeoutMs: 100 })],
    ['prototype tool name', () => r().run('__proto__' as never, [], { timeoutMs: 100 })],
  ])('%s', async (_name, call) => {
    let result: Awaited<ReturnType<ReturnType<typeof runner>['run']>> | undefined;
    expect(() => {
      void call().then((x) => {
        result = x;
      });
    }).not.toThrow();
    await expect.poll(() => result).toBeDefined();
    expect(result?.spawnError).toMatch(/^refused: /);
  });
});

describe('policy: only the exact invocations the checks run', () => {
  it.each([
    ['defaults', ['read', 'com.apple.loginwindow']],
    ['defaults', ['read', '/Library/Preferences/com.apple.alf']],
    ['networksetup', ['-getwebproxy', 'Wi-Fi`id`']],
    ['networksetup', ['-listallhardwareports']],
    ['systemsetup', ['-getcomputername']],
    ['systemsetup', ['-getremotelogin']],
  ])('refuses %s %j', (tool, args) => {
    expect(refuseInvocation(tool, args)).not.toBeNull();
  });
});
