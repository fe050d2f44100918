/** fr texts: namespace `ui`. */
import type { Translated } from '../en';
import type { ui as en } from '../en/ui';

export const ui: Translated<typeof en> = {
  'ui.language.label': 'Langue',
  'ui.language.system': 'Comme macOS ({language})',
};
