import { expect, it } from 'vitest';
import * as electron from '../../__mocks__/electron';

it('a second instance quits at once and builds nothing', async () => {
  electron.__resetElectronMock();
  electron.app.singleInstanceLock = false;
  await import('../../electron/shell/main');
  expect(electron.app.quit).toHaveBeenCalled();
  await new Promise((r) => setTimeout(r, 20));
  expect(electron.Tray.instances).toHaveLength(0);
  expect(electron.ipcMain.handlers.size).toBe(0);
});
