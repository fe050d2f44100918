/** es texts: namespace `tray` (menu items in Apple's Spanish style: «Salir de …»). */
import type { Translated } from '../en';
import type { tray as en } from '../en/tray';

export const tray: Translated<typeof en> = {
  'tray.menu.checkNow': 'Comprobar ahora',
  'tray.menu.openReport': 'Abrir informe…',
  'tray.menu.settings': 'Ajustes…',
  'tray.menu.openAtLogin': 'Abrir al iniciar sesión',
  'tray.menu.openAtLoginPackaged': 'Abrir al iniciar sesión (solo app instalada)',
  'tray.menu.quit': 'Salir de {app}',
  'tray.checkingTooltip': 'Comprobando el inicio de sesión de Apple…',
  'tray.tooltipUnstable': '{headline} (conexión inestable)',
  'tray.titleUnstable': 'Inestable',
  'tray.lastLine': 'Última comprobación {time} — {headline}',
  'tray.noCheckYet': 'Aún no ha terminado ninguna comprobación',
  'tray.notice.causeBody': '{title}: {sentence}',
  'tray.notice.outage': 'Interrupción de la cuenta de Apple',
  'tray.notice.outageContinues': 'La interrupción de la cuenta de Apple continúa',
  'tray.notice.down': 'Este Mac no puede iniciar sesión en Apple',
  'tray.notice.stillDown': 'Sigue sin poder accederse al inicio de sesión de Apple',
  'tray.notice.downBody': 'No se puede acceder a los servidores de inicio de sesión de Apple desde este Mac.',
  'tray.notice.unstable': 'El inicio de sesión de Apple es inestable',
  'tray.notice.unstableBody': 'En esta red el inicio de sesión funciona y falla una y otra vez. Los avisos se pausan hasta que se estabilice.',
  'tray.notice.restored': 'El inicio de sesión de Apple vuelve a funcionar',
  'tray.notice.restoredBody': 'Este Mac vuelve a acceder a los servidores de inicio de sesión de Apple.',
  'tray.notice.appleOutage': 'Apple informa de una interrupción',
  'tray.notice.appleBack': 'La cuenta de Apple ha vuelto',
  'tray.notice.appleBackBody': 'La interrupción de Apple ha terminado y este Mac puede volver a iniciar sesión.',
  'tray.notice.storage': '{app} no puede usar su carpeta de datos',
  'tray.notice.storageBody': '{file}: {problem}. Las comprobaciones siguen funcionando.',
  'tray.notice.hidden': '{app} está en tu barra de menús',
  'tray.notice.hiddenBody': 'Busca su icono arriba a la derecha. Si no lo ves, permítelo en Ajustes del Sistema › Barra de menús (haz clic aquí).',
};
