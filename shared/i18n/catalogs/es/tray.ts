/** es texts: namespace `tray`. */
import type { Translated } from '../en';
import type { tray as en } from '../en/tray';

export const tray: Translated<typeof en> = {};
