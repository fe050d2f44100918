/** English source texts: namespace `tray` (see shared/i18n/namespaces.ts). Keys start with `tray.`. */
export const tray = {} as const;
