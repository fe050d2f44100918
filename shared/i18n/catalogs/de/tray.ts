/** de texts: namespace `tray` (menu items in Apple's German style: „Jetzt prüfen“, „Beenden“). */
import type { Translated } from '../en';
import type { tray as en } from '../en/tray';

export const tray: Translated<typeof en> = {
  'tray.menu.checkNow': 'Jetzt prüfen',
  'tray.menu.openReport': 'Bericht öffnen …',
  'tray.menu.settings': 'Einstellungen …',
  'tray.menu.openAtLogin': 'Beim Anmelden öffnen',
  'tray.menu.openAtLoginPackaged': 'Beim Anmelden öffnen (nur installierte App)',
  'tray.menu.quit': '{app} beenden',
  'tray.checkingTooltip': 'Apple-Anmeldung wird geprüft …',
  'tray.tooltipUnstable': '{headline} (Verbindung instabil)',
  'tray.titleUnstable': 'Instabil',
  'tray.lastLine': 'Letzte Prüfung {time} – {headline}',
  'tray.noCheckYet': 'Noch keine Prüfung abgeschlossen',
  'tray.notice.causeBody': '{title}: {sentence}',
  'tray.notice.outage': 'Ausfall beim Apple Account',
  'tray.notice.outageContinues': 'Ausfall beim Apple Account dauert an',
  'tray.notice.down': 'Dieser Mac kann sich nicht bei Apple anmelden',
  'tray.notice.stillDown': 'Apple-Anmeldung weiterhin nicht erreichbar',
  'tray.notice.downBody': 'Die Anmeldeserver von Apple sind von diesem Mac aus nicht erreichbar.',
  'tray.notice.unstable': 'Apple-Anmeldung ist instabil',
  'tray.notice.unstableBody': 'Die Anmeldung funktioniert in diesem Netzwerk mal und mal nicht. Hinweise pausieren, bis es sich beruhigt.',
  'tray.notice.restored': 'Apple-Anmeldung funktioniert wieder',
  'tray.notice.restoredBody': 'Dieser Mac erreicht die Anmeldeserver von Apple wieder.',
  'tray.notice.appleOutage': 'Apple meldet einen Ausfall',
  'tray.notice.appleBack': 'Apple Account ist wieder da',
  'tray.notice.appleBackBody': 'Der Ausfall bei Apple ist vorbei, und dieser Mac kann sich wieder anmelden.',
  'tray.notice.storage': '{app} kann seinen Datenordner nicht verwenden',
  'tray.notice.storageBody': '{file}: {problem}. Die Prüfungen laufen weiter.',
  'tray.notice.hidden': '{app} ist in deiner Menüleiste',
  'tray.notice.hiddenBody': 'Sein Symbol ist oben rechts. Wenn du es nicht siehst, erlaube es unter „Systemeinstellungen“ › „Menüleiste“ (hier klicken).',
};
