/** English source texts: namespace `checks` (see shared/i18n/namespaces.ts). Keys start with `checks.`. */
export const checks = {} as const;
