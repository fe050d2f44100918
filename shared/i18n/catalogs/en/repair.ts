/** English source texts: namespace `repair` (see shared/i18n/namespaces.ts). Keys start with `repair.`. */
export const repair = {} as const;
