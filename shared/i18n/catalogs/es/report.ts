/** es texts: namespace `report`. */
import type { Translated } from '../en';
import type { report as en } from '../en/report';

export const report: Translated<typeof en> = {};
