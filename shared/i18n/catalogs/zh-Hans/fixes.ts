/** zh-Hans texts: namespace `fixes`. */
import type { Translated } from '../en';
import type { fixes as en } from '../en/fixes';

export const fixes: Translated<typeof en> = {};
