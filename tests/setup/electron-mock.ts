/**
 * Global Electron mock. Electron's binary cannot be fetched on CI (and `require('electron')`
 * outside the Electron shell only returns a path string), so every test sees the fake module in
 * `__mocks__/electron.ts`: ESM imports through `vi.mock`, CommonJS `require('electron')`
 * (e.g. inside the `menubar` package) through a seeded `require.cache` entry.
 */
import { createRequire } from 'node:module';
import { vi } from 'vitest';
import * as electronMock from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));

const require = createRequire(import.meta.url);
try {
  const resolved = require.resolve('electron');
  require.cache[resolved] = {
    id: resolved,
    filename: resolved,
    loaded: true,
    exports: electronMock,
  } as unknown as NodeJS.Module;
} catch {
  // electron not installed: nothing to seed.
}
