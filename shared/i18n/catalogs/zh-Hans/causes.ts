/** zh-Hans texts: namespace `causes`. */
import type { Translated } from '../en';
import type { causes as en } from '../en/causes';

export const causes: Translated<typeof en> = {};
