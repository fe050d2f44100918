/** es texts: namespace `checks`. */
import type { Translated } from '../en';
import type { checks as en } from '../en/checks';

export const checks: Translated<typeof en> = {};
