/**
 * The menu-bar icon: template images per state (loaded once and cached: re-creating tray images
 * leaks NSImage copies, electron/electron PR #20904), tooltip, optional title, right-click menu.
 * Left click is bound by `menubar` (electron/shell/popover.ts) to toggle the popover.
 */
import { join } from 'node:path';
import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { TrayIconState, TrayView } from './tray-view';

/**
 * File names end in `Template` so macOS treats them as template images (black + alpha, recoloured
 * for light/dark menu bars; Electron docs/api/native-image.md); each has an `@2x` twin that
 * `createFromPath` picks up. The packager must keep these names (build/electron-builder.config.cjs).
 */
export const TRAY_ICON_FILES: Record<TrayIconState, string> = {
  checking: 'trayCheckingTemplate.png',
  green: 'trayOkTemplate.png',
  amber: 'trayWarnTemplate.png',
  red: 'trayDownTemplate.png',
};

export interface NativeImageFactory {
  createFromPath(path: string): NativeImage;
}

export function loadTrayImages(nativeImage: NativeImageFactory, assetsDir: string): Record<TrayIconState, NativeImage> {
  const out = {} as Record<TrayIconState, NativeImage>;
  for (const [state, file] of Object.entries(TRAY_ICON_FILES) as [TrayIconState, string][]) {
    const img = nativeImage.createFromPath(join(assetsDir, file));
    img.setTemplateImage(true);
    out[state] = img;
  }
  return out;
}

export interface TrayController {
  /** Apply a view; `force` re-applies everything (after something else touched the tray). */
  render(view: TrayView, force?: boolean): void;
  current(): TrayView | null;
}

/** Apply views to the tray, touching only what changed; bind the right-click menu. */
export function createTrayController(o: {
  tray: Tray;
  images: Record<TrayIconState, NativeImage>;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  menuTemplate: () => MenuItemConstructorOptions[];
  platform?: NodeJS.Platform;
}): TrayController {
  let last: TrayView | null = null;
  const platform = o.platform ?? process.platform;
  if (platform === 'darwin') o.tray.setIgnoreDoubleClickEvents(true); // fast clicks must not race the blur-hide
  o.tray.on('right-click', () => o.tray.popUpContextMenu(o.buildMenu(o.menuTemplate())));
  return {
    render(view, force = false) {
      if (force) last = null;
      if (last?.icon !== view.icon) o.tray.setImage(o.images[view.icon]);
      if (last?.tooltip !== view.tooltip) o.tray.setToolTip(view.tooltip);
      // setTitle exists on macOS only (docs/api/tray.md).
      if (last?.title !== view.title && typeof o.tray.setTitle === 'function') o.tray.setTitle(view.title);
      last = view;
    },
    current: () => last,
  };
}
