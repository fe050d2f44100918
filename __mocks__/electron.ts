/**
 * Test double for the `electron` module (see tests/setup/electron-mock.ts). Extended by the
 * menu-bar app's tests; keeps to the API surface the app uses.
 */
export const app = {
  isPackaged: false,
  getPath: (_name: string) => '/tmp/appleid-doctor-test',
  getVersion: () => '0.0.0-test',
};
export default { app };
