/**
 * The English catalog AS THE POPOVER BUNDLES IT: renderer/vite.config.ts resolves
 * `catalogs/en/index.ts` to this file in the renderer build only (Node callers, the CLI, the main
 * process and vitest keep the complete catalog). It holds the two namespaces shared modules read
 * synchronously while the first frame is built — `causes` (shared/headlines.ts compares the
 * report's stored English verdict with `EN`) and `checks` (shared/checks.ts's `CHECK_META`) — and
 * nothing else: every other namespace, English or not, reaches the popover through
 * popover-catalogs.ts with the chunk that shows it (renderer/stores/i18n-store.ts).
 *
 * Consequence, by design: in the renderer `EN` knows only these namespaces. The popover never
 * renders with `EN`; its translators are built from the loaded namespaces
 * (tests/e2e/catalog-chunks.test.ts proves no raw key reaches the page).
 */
import type { en as full } from './catalogs/en';
import { causes } from './catalogs/en/causes';
import { checks } from './catalogs/en/checks';

/** The namespaces bundled with the popover's entry (see above). */
export const EN_NAMESPACES = { causes, checks } as const;

/** Typed as the complete catalog so shared modules compile unchanged; holds only `EN_NAMESPACES`. */
export const en = { ...causes, ...checks } as unknown as typeof full;
