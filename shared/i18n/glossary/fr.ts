/** French glossary (vous-form, as Apple's French texts). */
import { ACCOUNT_HELP, type GlossaryEntry, MAC_HELP } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'Apple Account', forms: ['compte Apple', 'Compte Apple'], source: ACCOUNT_HELP, note: 'Renamed from “identifiant Apple” in 2024.' },
  { en: 'System Settings', forms: ['Réglages Système'], source: MAC_HELP },
  { en: 'Network', forms: ['Réseau'], source: MAC_HELP },
  { en: 'Wi-Fi', forms: ['Wi-Fi'], source: MAC_HELP },
  { en: 'Date & Time', forms: ['Date et heure'], source: MAC_HELP },
  { en: 'General', forms: ['Général'], source: MAC_HELP },
  { en: 'Privacy & Security', forms: ['Confidentialité et sécurité'], source: MAC_HELP },
  { en: 'Software Update', forms: ['Mise à jour de logiciels'], source: MAC_HELP },
  {
    en: 'Login Items',
    forms: ['Ouverture'],
    source: MAC_HELP,
    note: 'Pane “Général › Ouverture” (macOS 13–14); doubtful for macOS 15 (“Ouverture et extensions”).',
  },
  { en: 'Sign-In & Security', forms: ['Connexion et sécurité'], source: ACCOUNT_HELP },
  { en: 'Two-Factor Authentication', forms: ['identification à deux facteurs', 'Identification à deux facteurs'], source: ACCOUNT_HELP },
  { en: 'verification code', forms: ['code de validation', 'codes de validation'], source: ACCOUNT_HELP },
  { en: 'Keychain Access', forms: ['Trousseau d’accès', "Trousseau d'accès"], source: MAC_HELP },
  { en: 'Terminal', forms: ['Terminal'], source: MAC_HELP },
  { en: 'Personal Hotspot', forms: ['Partage de connexion'], source: 'Apple iPhone User Guide (support.apple.com/fr-fr/guide/iphone)' },
  { en: 'Firewall', forms: ['Coupe-feu', 'coupe-feu'], source: MAC_HELP },
  { en: 'Notifications', forms: ['Notifications'], source: MAC_HELP },
  {
    en: 'Set time and date automatically',
    forms: ['Régler la date et l’heure automatiquement', "Régler la date et l'heure automatiquement"],
    source: MAC_HELP,
  },
  { en: 'Users & Groups', forms: ['Utilisateurs et groupes'], source: MAC_HELP },
  { en: 'Media & Purchases', forms: ['Contenu multimédia et achats'], source: MAC_HELP },
  { en: 'Proxies', forms: ['Proxys'], source: MAC_HELP, note: 'The tab in Réseau › Détails….' },
  { en: 'Menu Bar', forms: ['Barre des menus', 'barre des menus'], source: MAC_HELP, note: 'Pane name (macOS 26: System Settings › Menu Bar).' },
];
