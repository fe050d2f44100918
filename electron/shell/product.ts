/** Product name shown by the shell (keep in sync with `productName` in build/electron-builder.config.cjs). */
export const APP_NAME = 'Apple ID Doctor';
