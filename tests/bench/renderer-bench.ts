/**
 * Renderer figures for `npm run bench`: gzipped size of the JS a launch loads (entry, the chunks it pulls at once, one locale — recorded from the page) next to every chunk built, and the time from navigation
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

/** Sum of the gzipped sizes of these built JS files (names under dist/renderer/assets), in KB. */
async function gzippedKb(files: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(await readFile(path.join(DIST, 'assets', f)), { level: 9 }).length;
  return bytes / 1024;
}

/** Every JS file the build emitted (all six locale chunks included). */
async function allJsFiles(): Promise<string[]> {
  return (await readdir(path.join(DIST, 'assets'))).filter((f) => f.endsWith('.js'));
}

/** The language a launch is measured in: not English, so its one locale chunk is counted. */
const LAUNCH_LANG = 'de';

// Runs in the page before any of its scripts: note the first frame after the header shows a verdict.
const PROBE = `(() => {
  const seen = () => document.querySelector('[role=status][data-loaded=true]:not([data-light=checking])');
  const done = () => requestAnimationFrame(() => { window.__headerPaintedMs = performance.now(); });
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(); } });
  obs.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export async function rendererBench(): Promise<{ gzippedJsKb: number; allJsKb: number; headerPaintedMs: number }> {
  ensureRendererBuilt();
  const allKb = await gzippedKb(await allJsFiles());
  // What a launch loads (entry, the chunks it pulls at once, ONE locale), recorded from the page itself.
  const launched = new Set<string>();
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
      if (i === 0) page.on('response', (r) => void (r.url().endsWith('.js') && launched.add(path.basename(new URL(r.url()).pathname))));
      await page.goto(server.url.replace('/#', `/?lang=${LAUNCH_LANG}#`));
      await page.waitForFunction(() => typeof (globalThis as unknown as PageGlobals).__headerPaintedMs === 'number');
      const ms = await page.evaluate<number>('window.__headerPaintedMs');
      if (i > 0) times.push(ms); // the first load warms the browser's caches and JIT
      await page.close();
    }
    times.sort((a, b) => a - b);
    const locales = (await allJsFiles()).filter((f) => /^(de|fr|es|ja|zh-Hans)-[\w-]+\.js$/.test(f));
    const launchLocales = [...launched].filter((f) => locales.includes(f));
    if (launchLocales.length !== 1) throw new Error(`a launch loaded ${launchLocales.length} locale chunks (${launchLocales.join(', ')}), expected 1`);
    return { gzippedJsKb: await gzippedKb(launched), allJsKb: allKb, headerPaintedMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await browser.close();
    await server.close();
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
