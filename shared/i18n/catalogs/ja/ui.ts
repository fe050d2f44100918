/** ja texts: namespace `ui`. */
import type { Translated } from '../en';
import type { ui as en } from '../en/ui';

export const ui: Translated<typeof en> = {
  'ui.language.label': '言語',
  'ui.language.system': 'macOSと同じ（{language}）',
};
