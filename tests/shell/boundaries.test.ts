import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const source = files(join(root, 'electron')).map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
/** A value import of electron (type-only imports vanish at build time and are fine). */
const importsElectron = (text: string) => /^import (?!type )[^;]*from ['"]electron['"]/m.test(text) || /require\(['"]electron['"]\)/.test(text);

describe('process boundaries', () => {
  it('only the two IPC wrappers touch ipcMain / ipcRenderer', () => {
    const touching = source.filter((f) => /\bipc(Main|Renderer)\b/.test(f.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))).map((f) => f.path);
    expect(touching.sort()).toEqual(['electron/shell/ipc-main.ts', 'electron/shell/preload/ipc.ts']);
  });

  it('the app core, the monitor and the stores have no Electron imports (shared with the browser preview)', () => {
    const offenders = source
      .filter((f) => /^electron\/(core|monitor|store)\//.test(f.path))
      .filter((f) => importsElectron(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
    // The detector itself works:
    expect(importsElectron("import { app } from 'electron';")).toBe(true);
    expect(importsElectron("import type { App } from 'electron';")).toBe(false);
  });

  it('nothing in the app shell spawns processes (only electron/engine/system/command-runner.ts may)', () => {
    const spawners = source.filter((f) => /from ['"](node:)?child_process['"]/.test(f.text)).map((f) => f.path);
    expect(spawners.filter((p) => p !== 'electron/engine/system/command-runner.ts')).toEqual([]);
  });
});
