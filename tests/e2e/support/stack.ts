/**
 * The whole thing under test, in-process: the simulated Apple network, the preview server with the
 * REAL app core and engine (macOS tools replaced by shims), and Chromium. Plus page helpers:
 * console/CSP error capture, axe-core, screenshots.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type PreviewServer, type PreviewServerOptions, startPreviewServer } from '../../../electron/preview/server';
import type { ConfigInput, ToolName } from '../../../shared/config';
import { type SimNetwork, type SimScenario, startSimNetwork } from '../../sim/sim-network';
import { type Browser, launchBrowser } from './browser';
import { ensureRendererBuilt, ROOT } from './build-renderer';
import { macShimConfig } from './mac-shims';
import type { PageGlobals } from './page-globals';

function withToolPaths(config: ConfigInput, over?: Partial<Record<ToolName, string>>): ConfigInput {
  return over ? { ...config, toolPaths: { ...config.toolPaths, ...over } } : config;
}

export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

export interface Stack {
  sim: SimNetwork;
  server: PreviewServer;
  browser: Browser;
  notifications: { title: string; body: string; kind: string }[];
  /** Open the popover in a new page (in `lang`, default English); `errors` collects console errors and CSP violations. */
  open(scheme?: 'light' | 'dark', lang?: string): Promise<{ page: Page; errors: string[] }>;
  /** Switch the simulated network to a named fault scenario. */
  scenario(name: SimScenario): Promise<void>;
  close(): Promise<void>;
}

/**
 * Start the stack. `toolPaths` replaces some of the healthy-Mac shims (e.g. a `log` scenario),
 * `managed` serves MDM settings, `config` rewrites the shim config (e.g. `proxy: 'system'`).
 */
export async function startStack(
  extra: { toolPaths?: Partial<Record<ToolName, string>>; config?: (base: ConfigInput) => Promise<ConfigInput> } & Pick<PreviewServerOptions, 'managed'> = {},
): Promise<Stack> {
  ensureRendererBuilt();
  const sim = await startSimNetwork();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'appleid-doctor-e2e-'));
  const notifications: Stack['notifications'] = [];
  const server = await startPreviewServer({
    config: await (async () => {
      const base = withToolPaths({ ...sim.config, ...(await macShimConfig()) }, extra.toolPaths);
      return extra.config ? extra.config(base) : base;
    })(),
    dataDir,
    onNotify: (n) => notifications.push(n),
    log: () => {},
    ...(extra.managed ? { managed: extra.managed } : {}),
  });
  const browser = await launchBrowser();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  return {
    sim,
    server,
    browser,
    notifications,
    async open(scheme = 'light', lang?: string) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      // The language rides in the query, as the Electron shell puts it (electron/shell/app-locale.ts).
      await page.goto(lang ? server.url.replace('/#', `/?lang=${encodeURIComponent(lang)}#`) : server.url);
      await page.locator('[role=status][data-loaded=true]').waitFor();
      return { page, errors };
    },
    scenario: (name) => sim.faults.scenario(name),
    async close() {
      await browser.close();
      await server.close();
      await sim.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Press Check now and wait until the run it started has finished. */
export async function checkNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Check now' });
  await button.click();
  await page.getByRole('button', { name: 'Check now' }).waitFor();
  await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('.row[data-status=running]'));
}

/** Scroll the popover's content back to the top (before a screenshot). */
/** Open every check group (they start as one summary line each) so the rows can be used. */
export async function expandGroups(page: Page): Promise<void> {
  await page.locator('.group-toggle').first().waitFor();
  const closed = page.locator('.group-toggle[aria-expanded=false]');
  // Each click re-renders the list: always open the first closed one.
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
}

export async function scrollTop(page: Page): Promise<void> {
  await page.locator('.panel').evaluate((el) => {
    el.scrollTop = 0;
  });
}

/**
 * Save a screenshot as a test artifact. These come from the simulator (its ports show): the README's
 * pictures are rendered from example reports by `npm run screenshots` instead.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.mouse.move(0, 0); // no hover highlight in the picture
  await page.screenshot({ path: file });
  return file;
}

let axeCache: string | null = null;
async function axeSource(): Promise<string> {
  axeCache ??= await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  return axeCache;
}

/** Run axe-core on the page; returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>("'axe' in window"))) {
    // page.addScriptTag would add an INLINE script, which our CSP (rightly) refuses; evaluating the
    // source through the DevTools protocol is not subject to the page's CSP.
    await page.evaluate(await axeSource());
  }
  return page.evaluate<string[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => v.id + ': ' + v.help + ' → ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

/**
 * The hooks every browser test file shares (call inside its describe block): one stack for the
 * file; after each test, no console error or CSP violation on any page it opened, and no page left
 * open. `open` records the page's errors for that check.
 */
export function setUpStack(extra: Parameters<typeof startStack>[0] = {}): {
  readonly stack: Stack;
  readonly pageErrors: string[][];
  open(scheme?: 'light' | 'dark', lang?: string): Promise<Page>;
} {
  const fx = {
    pageErrors: [] as string[][],
    async open(scheme: 'light' | 'dark' = 'light', lang?: string) {
      const o = await fx.stack.open(scheme, lang);
      fx.pageErrors.push(o.errors);
      await expandGroups(o.page);
      return o.page;
    },
  } as { stack: Stack; pageErrors: string[][]; open(scheme?: 'light' | 'dark', lang?: string): Promise<Page> };
  beforeAll(async () => {
    fx.stack = await startStack(extra);
  });
  afterAll(async () => {
    await fx.stack?.close();
  });
  afterEach(async () => {
    for (const errors of fx.pageErrors.splice(0)) expect(errors).toEqual([]);
    for (const p of fx.stack.browser.context.pages()) await p.close();
  });
  return fx;
}
