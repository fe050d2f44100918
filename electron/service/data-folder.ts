/**
 * The one name of the data folder the menu-bar app and `appleid-doctor fix` share
 * (`~/Library/Application Support/<this>`): package.json's `name`. The shell sets Electron's
 * `userData` to it explicitly, because Electron otherwise derives the folder from the packaged
 * app's name, which may be the product name "Apple ID Doctor" (electron/electron#8073) — the app
 * and the terminal command would then keep two steps logs and two sets of saved proxy values.
 */
import { name } from '../../package.json';

/** `appleid-doctor`. */
export const DATA_FOLDER: string = name;
