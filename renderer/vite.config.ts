/**
 * Vite build of the popover renderer. Output goes to dist/renderer with relative URLs (`base: './'`)
 * so the same files load from the Electron app protocol, from file:// and from the preview server.
 * JSX uses Vite's built-in Oxc transform (automatic runtime); @vitejs/plugin-react is not needed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * preview-boot.ts is its own entry, placed BEFORE the app's script: in a plain browser it opens
 * the preview socket while the app bundle is still loading (see that file). Its hashed name is
 * only known after bundling, hence the post-order HTML transform.
 */
const previewBootFirst: Plugin = {
  name: 'appleid-doctor:preview-boot-first',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, ctx) {
      const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'preview-boot');
      if (!boot) throw new Error('preview-boot entry missing from the bundle');
      return html.replace('<script type="module"', `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    <script type="module"`);
    },
  },
};

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [previewBootFirst],
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
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), 'preview-boot': fileURLToPath(new URL('./preview-boot.ts', import.meta.url)) },
    },
  },
});
