/** English source texts: namespace `causes` (see shared/i18n/namespaces.ts). Keys start with `causes.`. */
export const causes = {} as const;
