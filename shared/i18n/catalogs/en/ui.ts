/** English source texts: the popover (namespace `ui`). Keys start with `ui.`. */
export const ui = {
  'ui.language.label': 'Language',
  'ui.language.system': 'Same as macOS ({language})',
} as const;
