/** Product identity shared by the shell and the packager config (keep in sync with build/electron-builder.config.cjs). */
export const APP_NAME = 'Apple ID Doctor';
export const APP_ID = 'app.appleid-doctor.menubar';
