/** zh-Hans texts: namespace `ui`. */
import type { Translated } from '../en';
import type { ui as en } from '../en/ui';

export const ui: Translated<typeof en> = {
  'ui.language.label': '语言',
  'ui.language.system': '与 macOS 相同（{language}）',
};
