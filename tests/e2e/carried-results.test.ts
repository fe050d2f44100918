/**
 * Between full runs the monitor re-reads the macOS checks less often than it probes the network
 * (electron/service/monitor/cycle-scope.ts), and a result carried forward says when it was
 * measured: its row shows "10 min ago" where a fresh one shows its duration. Fake core in Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreviewServer, startPreviewServer } from '../../electron/preview/server';
import { createFakeCore } from '../renderer/fake-core';
import { type Browser, chromiumAvailable, launchBrowser } from './support/browser';
import { ensureRendererBuilt } from './support/build-renderer';
import { expandGroups } from './support/stack';

const run = chromiumAvailable();

describe.skipIf(!run)('results carried from an earlier run', () => {
  let server: PreviewServer;
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    ensureRendererBuilt();
    dir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-carried-'));
    const core = createFakeCore({
      scenario: 'green',
      transform: (r) => ({
        ...r,
        checks: r.checks.map((c) => (c.id === 'firewall' ? { ...c, measuredAt: new Date(Date.now() - 10 * 60_000).toISOString() } : c)),
      }),
    });
    server = await startPreviewServer({ core, dataDir: dir, log: () => {} });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows how long ago a carried result was measured, and a fresh one’s duration', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.locator('[role=status][data-light=green]').waitFor();
    await expandGroups(page);
    expect(await page.locator('.row[data-check=firewall] .row-status').textContent()).toMatch(/^OK · 10 min\. ago$/);
    expect(await page.locator('.row[data-check=signin-endpoints] .row-status').textContent()).toMatch(/^OK · \d+ ms$/);
    await page.close();
  });
});
