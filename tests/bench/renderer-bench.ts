/**
 * Renderer figures for `npm run bench`: gzipped size of the JS a launch loads (entry, the chunks it pulls at once, one locale — recorded from the page) next to every chunk built (every language's catalogs included), and the time from navigation
 * to the status header painted WITH DATA (a verdict, not "checking") in headless Chromium against
 * the preview server backed by the real app core on the simulated network. Median of several
 * loads in a warm browser; measured inside the page (navigation start = 0).
 *
 * Beside it, the independent reference: the same navigation to a page that paints one element from
 * one tiny script, served by the same preview server to the same browser, with the same probe,
 * loads interleaved with the app's. That is the floor set by the browser, the harness and the
 * machine's load; the app's own cost is the difference.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startPreviewServer } from '../../electron/preview/server';
import { launchBrowser } from '../e2e/support/browser';
import { DIST, ensureRendererBuilt } from '../e2e/support/build-renderer';
import { createFakeCore } from '../renderer/fake-core';
import { startSimNetwork } from '../sim/sim-network';
import { median } from './median';

const LOADS = 7;

/** Sum of the gzipped sizes of these built JS files (names under dist/renderer/assets), in KB. */
async function gzippedKb(files: Iterable<string>): Promise<number> {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(await readFile(path.join(DIST, 'assets', f)), { level: 9 }).length;
  return bytes / 1024;
}

/** Every JS file the build emitted (every language's catalog chunks included). */
async function allJsFiles(): Promise<string[]> {
  return (await readdir(path.join(DIST, 'assets'))).filter((f) => f.endsWith('.js'));
}

/** The language a launch is measured in: not English, so its catalog chunks are counted. */
const LAUNCH_LANG = 'de';

// Runs in the page before any of its scripts: note the first frame after the header shows a verdict,
// and say so on the console. The harness listens for that message (a CDP event) instead of asking
// the page: Playwright's waitForFunction/evaluate first inject its utility script into the page
// (a ~10 ms script evaluation in a trace of one load), which otherwise often landed between the
// header's commit and its frame and was billed to the app.
const PAINTED = '__appleidDoctorHeaderPainted';
const PROBE = `(() => {
  const seen = () => document.querySelector('[role=status][data-loaded=true]:not([data-light=checking])');
  const done = () => requestAnimationFrame(() => console.debug('${PAINTED}', performance.now()));
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(); } });
  obs.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

/** A page that shows what the probe waits for from one small script (the CSP-safe way: no inline script). */
async function writeReferencePage(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reference</title><script type="module" src="./assets/reference-00000000.js"></script></head><body><div id="root"></div></body></html>',
  );
  await writeFile(
    path.join(dir, 'assets/reference-00000000.js'),
    "const d = document.createElement('div'); d.setAttribute('role', 'status'); d.dataset.loaded = 'true'; d.dataset.light = 'green'; d.textContent = 'OK'; document.getElementById('root').append(d);",
  );
}

export async function rendererBench(): Promise<{ gzippedJsKb: number; allJsKb: number; headerPaintedMs: number; referencePaintedMs: number }> {
  ensureRendererBuilt();
  const allKb = await gzippedKb(await allJsFiles());
  // What a launch loads (entry, the chunks it pulls at once, ONE language's catalogs), recorded from the page itself.
  const launched = new Set<string>();
  const sim = await startSimNetwork();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-bench-'));
  const refDir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-bench-ref-'));
  await writeReferencePage(refDir);
  const server = await startPreviewServer({ config: sim.config, dataDir, log: () => {} });
  // The reference page never talks to its server's core: a fake one, so no second diagnosis runs meanwhile.
  const refData = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-bench-refdata-'));
  const refServer = await startPreviewServer({ core: createFakeCore({ scenario: 'green' }), dataDir: refData, rendererDir: refDir, log: () => {} });
  const browser = await launchBrowser();
  try {
    // The app core runs its first diagnosis at start; measure against a core that has data.
    for (let i = 0; i < 200 && !(await server.core.invoke('app:diagnosis-state', {})).report; i++) await new Promise((r) => setTimeout(r, 50));
    await browser.context.addInitScript(PROBE);
    const load = async (url: string) => {
      const page = await browser.context.newPage();
      const recording = url === appUrl && launched.size === 0;
      if (recording) page.on('response', (r) => void (r.url().endsWith('.js') && launched.add(path.basename(new URL(r.url()).pathname))));
      const painted = new Promise<number>((resolve) => {
        page.on('console', (m) => {
          if (m.text().startsWith(PAINTED)) resolve(Number(m.text().slice(PAINTED.length)));
        });
      });
      await page.goto(url);
      const ms = await painted;
      // The recorded launch counts every chunk the launch loads, also those asked for after the
      // header's frame (the Status panel, the fix catalogs): wait until the page stops fetching.
      if (recording) await page.waitForLoadState('networkidle');
      await page.close();
      return ms;
    };
    const appUrl = server.url.replace('/#', `/?lang=${LAUNCH_LANG}#`);
    const times: number[] = [];
    const reference: number[] = [];
    for (let i = 0; i < LOADS + 1; i++) {
      const app = await load(appUrl);
      const ref = await load(refServer.url);
      // The first load warms the browser's caches and JIT.
      if (i > 0) {
        times.push(app);
        reference.push(ref);
      }
    }
    // Catalog chunks are per language and namespace (`de-ui-<hash>.js`): a launch loads one language's.
    const languages = new Set([...launched].map((f) => /^(en|de|fr|es|ja|zh-Hans)-[a-z]+-[\w-]+\.js$/.exec(f)?.[1]).filter(Boolean));
    if (languages.size !== 1 || !languages.has(LAUNCH_LANG))
      throw new Error(`a launch loaded catalog chunks of ${languages.size} languages (${[...languages].join(', ')}), expected only ${LAUNCH_LANG}`);
    return { gzippedJsKb: await gzippedKb(launched), allJsKb: allKb, headerPaintedMs: median(times), referencePaintedMs: median(reference) };
  } finally {
    await browser.close();
    await refServer.close();
    await rm(refDir, { recursive: true, force: true });
    await rm(refData, { recursive: true, force: true });
    await server.close();
    await sim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
