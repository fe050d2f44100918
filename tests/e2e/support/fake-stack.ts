/**
 * The preview server on the fake core (tests/renderer/fake-core.ts) and Chromium, started before
 * a describe block's tests and closed after them: for UI tests that plant what a report says
 * rather than produce it on the simulated network.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type PreviewServer, startPreviewServer } from '../../../electron/preview/server';
import { createFakeCore, type FakeCoreOptions } from '../../renderer/fake-core';
import { type Browser, launchBrowser } from './browser';
import { ensureRendererBuilt } from './build-renderer';

export interface FakeStack {
  readonly server: PreviewServer;
  readonly browser: Browser;
}

/** Register the set-up and tear-down; the returned object is filled in before the first test. */
export function setUpFakeStack(core: FakeCoreOptions): FakeStack {
  const fx = {} as { server: PreviewServer; browser: Browser; dir: string };
  beforeAll(async () => {
    ensureRendererBuilt();
    fx.dir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-fake-'));
    fx.server = await startPreviewServer({ core: createFakeCore(core), dataDir: fx.dir, log: () => {} });
    fx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fx.browser?.close();
    await fx.server?.close();
    if (fx.dir) await rm(fx.dir, { recursive: true, force: true });
  });
  return fx;
}
