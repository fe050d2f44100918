/**
 * The system accent colour in the popover: macOS lets people pick one (System Settings ›
 * Appearance), and native popovers use it for their controls. Chromium does not expose it to
 * CSS, so the main process reads it (`systemPreferences.getAccentColor()`, "RRGGBBAA" hex,
 * https://www.electronjs.org/docs/latest/api/system-preferences#systempreferencesgetaccentcolor-windows-macos)
 * and injects it as `--accent`, again whenever it changes (`accent-color-changed`).
 */
import type { WebContents } from 'electron';

/** CSS that sets the accent variables from an "RRGGBBAA" hex string; '' when it is not one. */
export function accentCss(rrggbbaa: string | null | undefined): string {
  if (!rrggbbaa || !/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(rrggbbaa)) return '';
  const hex = `#${rrggbbaa.slice(0, 6).toLowerCase()}`;
  // Links and text in the accent colour keep the theme's contrast-checked --accent-text, unless
  // the accent itself is dark enough for text on a light surface.
  return `:root{--accent:${hex};--accent-hover:${hex};}`;
}

interface AccentSource {
  getAccentColor?: () => string;
  on?: (event: 'accent-color-changed', listener: () => void) => unknown;
}

/** Inject the accent now and on every change; a failure leaves the theme's blue. */
export function applyAccentColor(contents: WebContents, prefs: AccentSource): void {
  let key: string | null = null;
  const apply = async () => {
    const css = accentCss(safe(() => prefs.getAccentColor?.()));
    if (!css || contents.isDestroyed()) return;
    try {
      if (key) await contents.removeInsertedCSS(key);
      // Not user content: a fixed template whose only value is a hex colour checked by accentCss.
      key = await contents.insertCSS(css); /* eng-disable DANGEROUS_FUNCTIONS_JS_CHECK */
    } catch {
      // The page is gone or navigating: the next load applies it again.
    }
  };
  contents.on('did-finish-load', () => void apply());
  prefs.on?.('accent-color-changed', () => void apply());
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
