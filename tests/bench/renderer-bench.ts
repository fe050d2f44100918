/**
 * Renderer figures for `npm run bench`: gzipped size of the built JS, and the time from navigation
 * to the status header painted WITH DATA (a verdict, not "checking") in headless Chromium against
 * the preview server backed by the real app core on the simulated network. Median of several
 * loads in a warm browser; measured inside the page (navigation start = 0).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startPreviewServer } from '../../electron/preview/server';
import { launchBrowser } from '../e2e/support/browser';
import { DIST, ensureRendererBuilt } from '../e2e/support/build-renderer';
import type { PageGlobals } from '../e2e/support/page-globals';
import { startSimNetwork } from '../sim/sim-network';

const LOADS = 7;

/** Sum of the gzipped sizes of every JS file the build emitted, in KB. */
async function gzippedJsKb(): Promise<number> {
  const dir = path.join(DIST, 'assets');
  let bytes = 0;
  for (const f of await readdir(dir)) if (f.endsWith('.js')) bytes += gzipSync(await readFile(path.join(dir, f)), { level: 9 }).length;
  return bytes / 1024;
}

// Runs in the page before any of its scripts: note the first frame after the header shows a verdict.
const PROBE = `(() => {
  const seen = () => document.querySelector('[role=status][data-loaded=true]:not([data-light=checking])');
  const done = () => requestAnimationFrame(() => { window.__headerPaintedMs = performance.now(); });
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(); } });
  obs.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export async function rendererBench(): Promise<{ gzippedJsKb: number; headerPaintedMs: number }> {
  ensureRendererBuilt();
  const kb = await gzippedJsKb();
  const sim = await startSimNetwork();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-bench-'));
  const server = await startPreviewServer({ config: sim.config, dataDir, log: () => {} });
  const browser = await launchBrowser();
  try {
    // The app core runs its first diagnosis at start; measure against a core that has data.
    for (let i = 0; i < 200 && !(await server.core.invoke('app:diagnosis-state', {})).report; i++) await new Promise((r) => setTimeout(r, 50));
    await browser.context.addInitScript(PROBE);
    const times: number[] = [];
    for (let i = 0; i < LOADS + 1; i++) {
      const page = await browser.context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => typeof (globalThis as unknown as PageGlobals).__headerPaintedMs === 'number');
      const ms = await page.evaluate<number>('window.__headerPaintedMs');
      if (i > 0) times.push(ms); // the first load warms the browser's caches and JIT
      await page.close();
    }
    times.sort((a, b) => a - b);
    return { gzippedJsKb: kb, headerPaintedMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
