/** fr texts: namespace `tray` (menu items in Apple's French style: « Quitter », points de suspension). */
import type { Translated } from '../en';
import type { tray as en } from '../en/tray';

export const tray: Translated<typeof en> = {
  'tray.menu.checkNow': 'Vérifier maintenant',
  'tray.menu.openReport': 'Ouvrir le rapport…',
  'tray.menu.settings': 'Réglages…',
  'tray.menu.openAtLogin': 'Ouvrir à la connexion',
  'tray.menu.openAtLoginPackaged': 'Ouvrir à la connexion (app installée uniquement)',
  'tray.menu.quit': 'Quitter {app}',
  'tray.checkingTooltip': 'Vérification de la connexion Apple…',
  'tray.tooltipUnstable': '{headline} (connexion instable)',
  'tray.titleUnstable': 'Instable',
  'tray.lastLine': 'Dernière vérification {time} — {headline}',
  'tray.noCheckYet': 'Aucune vérification terminée',
  'tray.notice.causeBody': '{title} : {sentence}',
  'tray.notice.outage': 'Panne du compte Apple',
  'tray.notice.outageContinues': 'La panne du compte Apple continue',
  'tray.notice.down': 'Ce Mac ne peut pas se connecter à Apple',
  'tray.notice.stillDown': 'Connexion Apple toujours injoignable',
  'tray.notice.downBody': 'Les serveurs de connexion d’Apple sont injoignables depuis ce Mac.',
  'tray.notice.unstable': 'La connexion Apple est instable',
  'tray.notice.unstableBody': 'Sur ce réseau, la connexion fonctionne puis échoue. Les alertes sont suspendues jusqu’à ce que cela se stabilise.',
  'tray.notice.restored': 'La connexion Apple fonctionne de nouveau',
  'tray.notice.restoredBody': 'Ce Mac joint de nouveau les serveurs de connexion d’Apple.',
  'tray.notice.appleOutage': 'Apple signale une panne',
  'tray.notice.appleBack': 'Le compte Apple est de retour',
  'tray.notice.appleBackBody': 'La panne chez Apple est terminée et ce Mac peut de nouveau se connecter.',
  'tray.notice.storage': '{app} ne peut pas utiliser son dossier de données',
  'tray.notice.storageBody': '{file} : {problem}. Les vérifications continuent.',
  'tray.notice.hidden': '{app} est dans votre barre des menus',
  'tray.notice.hiddenBody':
    'Son icône se trouve en haut à droite. Si vous ne la voyez pas, autorisez-la dans Réglages Système › Barre des menus (cliquez ici).',
};
