/** English source texts: namespace `fixes` (see shared/i18n/namespaces.ts). Keys start with `fixes.`. */
export const fixes = {} as const;
