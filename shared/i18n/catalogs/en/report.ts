/** English source texts: namespace `report` (see shared/i18n/namespaces.ts). Keys start with `report.`. */
export const report = {} as const;
