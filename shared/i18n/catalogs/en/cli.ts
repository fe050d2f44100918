/** English source texts: namespace `cli` (see shared/i18n/namespaces.ts). Keys start with `cli.`. */
export const cli = {} as const;
