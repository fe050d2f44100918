/**
 * Vite build of the popover renderer. Output goes to dist/renderer with relative URLs (`base: './'`)
 * so the same files load from the Electron app protocol, from file:// and from the preview server.
 * JSX uses Vite's built-in Oxc transform (automatic runtime); @vitejs/plugin-react is not needed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * early-boot.ts is its own entry, placed BEFORE the app's script: it starts the first paint's
 * catalogs, ICU's data and, in a plain browser, the preview socket while the app bundle is still
 * loading (see that file). Its hashed name is only known after bundling, hence the post-order HTML transform.
 */
const earlyBootFirst: Plugin = {
  name: 'appleid-doctor:early-boot-first',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early-boot');
      if (!boot) throw new Error('early-boot entry missing from the bundle');
      // `async`: it runs as soon as it is fetched, without waiting for the style sheet and the app's
      // module graph as a deferred module script would (boot.ts imports it too, so order never matters).
      return html.replace('<script type="module"', `<script type="module" async crossorigin src="./${boot.fileName}"></script>\n    <script type="module"`);
    },
  },
};

const catalogs = fileURLToPath(new URL('../shared/i18n/catalogs/', import.meta.url));
const englishIndex = path.join(catalogs, 'en/index.ts');
const popoverEnglish = fileURLToPath(new URL('../shared/i18n/popover-en.ts', import.meta.url));

/**
 * The whole English catalog (every namespace, ~29 KB gzipped) would ride in the entry chunk:
 * shared/i18n/translator.ts builds `EN` from it and shared/checks.ts reads it at load. The popover
 * gets shared/i18n/popover-en.ts instead (causes + checks only); the rest of English loads per
 * namespace like any language (shared/i18n/popover-catalogs.ts). Node builds keep the full catalog.
 */
const popoverEnglishCatalog: Plugin = {
  name: 'appleid-doctor:popover-english-catalog',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || importer === popoverEnglish || !/catalogs\/en(\/index(\.ts)?)?$/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && path.normalize(resolved.id) === englishIndex ? popoverEnglish : resolved;
  },
};

/**
 * `catalogs/de/fixes.ts` → `de-fixes-<hash>.js` (each namespace file is named like its namespace,
 * so the default names would read `fixes-<hash>.js` six times).
 */
function chunkFileName(chunk: { facadeModuleId?: string | null }): string {
  const id = chunk.facadeModuleId ? path.normalize(chunk.facadeModuleId) : '';
  if (!id.startsWith(catalogs)) return 'assets/[name]-[hash].js';
  const [locale, file] = path.relative(catalogs, id).split(path.sep);
  return `assets/${locale}-${file!.replace(/\.ts$/, '')}-[hash].js`;
}

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [popoverEnglishCatalog, earlyBootFirst],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Electron and the preview serve files, not a CDN: keep names stable-ish but hashed for cache safety.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    // The CSP forbids inline scripts; Vite's module-preload polyfill would be inlined into the entry.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), 'early-boot': fileURLToPath(new URL('./early-boot.ts', import.meta.url)) },
      output: {
        chunkFileNames: chunkFileName,
        // The English the entry needs (popover-en.ts) as one request rather than one per namespace.
        codeSplitting: { groups: [{ name: 'popover-en', test: /shared[\\/]i18n[\\/](popover-en\.ts|catalogs[\\/]en[\\/](causes|checks)\.ts)$/ }] },
      },
      // Building a zod schema has no effect beyond its value (zod 4's `.meta({ id })` registry is
      // read only by `z.toJSONSchema`, which the popover never calls). Saying so lets Rolldown drop
      // the schemas shared modules define next to what the popover does use (REPAIR_IDS beside the
      // repair IPC schemas in shared/repairs.ts), and zod with them: ~22 KB gzipped that the Status
      // tab's chunk pulled at launch without validating anything.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
});
