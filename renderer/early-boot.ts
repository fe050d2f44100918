/**
 * The page's first script: a separate, tiny entry that runs before the app bundle (placed first
 * by renderer/vite.config.ts), so what the first paint waits for is already on its way while the
 * bundle (React, the formatter, the views) downloads, compiles and evaluates:
 * - the first paint's catalogs of the page's language (the app's `startLocale` picks up the same
 *   loads: shared/i18n/popover-catalogs.ts keeps one per language and namespace). Started from
 *   the bundle they would wait for its whole evaluation: Vite runs every dynamic `import()`
 *   through its preload helper, one promise turn later;
 * - ICU's number and date data, which V8 sets up on the page's first Intl call (10–25 ms) —
 *   otherwise inside the first render, now while the main thread waits for the bundle;
 * - in a plain browser, the preview socket, so the server's greeting with the current state
 *   arrives meanwhile. In Electron the preload has already set `window.appleidDoctor`.
 */
import { createPreviewBridge } from './bridge/preview-client';
import { tokenFromHash } from './bridge/token';
import './bridge/window';
import { intlTag } from '../shared/i18n/locales';
import { FIRST_PAINT_NAMESPACES, loadPopoverMessages } from '../shared/i18n/popover-catalogs';
import { localesFromSearch } from './lib/page-locale';

if (!window.appleidDoctor && tokenFromHash(window.location.hash)) {
  window.appleidDoctor = createPreviewBridge(window.location);
}

const { locale } = localesFromSearch(window.location.search);
// A failed load is retried by the app's own request (and reported there).
loadPopoverMessages(locale, FIRST_PAINT_NAMESPACES).catch(() => {});

// A task of its own, after this script. (A trace shows it often runs just before the bundle's
// evaluation; an idle callback instead landed later and measured slower, 25 interleaved loads.)
setTimeout(() => {
  const tag = intlTag(locale);
  Intl.NumberFormat.supportedLocalesOf([tag]); // what intl-messageformat calls per message
  new Intl.PluralRules(tag);
  new Intl.NumberFormat(tag);
  new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
}, 0);
