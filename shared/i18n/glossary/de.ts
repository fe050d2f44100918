/** German glossary (du-form, as Apple's German texts since 2020). */
import { ACCOUNT_HELP, type GlossaryEntry, MAC_HELP } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    en: 'Apple Account',
    forms: ['Apple Account', 'Apple Accounts'],
    source: ACCOUNT_HELP,
    note: 'Apple renamed “Apple-ID” to “Apple Account” in 2024 (macOS 15, iOS 18).',
  },
  { en: 'System Settings', forms: ['Systemeinstellungen'], source: MAC_HELP },
  { en: 'Network', forms: ['Netzwerk'], source: MAC_HELP, note: 'Pane name; the word “network” in running text may be “Netzwerk” too.' },
  { en: 'Wi-Fi', forms: ['WLAN'], source: MAC_HELP, note: 'Apple’s German UI says “WLAN”, never “Wi-Fi”.' },
  { en: 'Date & Time', forms: ['Datum & Uhrzeit'], source: MAC_HELP },
  { en: 'General', forms: ['Allgemein'], source: MAC_HELP, note: 'Only as the pane name (System Settings › General).' },
  { en: 'Privacy & Security', forms: ['Datenschutz & Sicherheit'], source: MAC_HELP },
  { en: 'Software Update', forms: ['Softwareupdate'], source: MAC_HELP },
  { en: 'Login Items', forms: ['Anmeldeobjekte'], source: MAC_HELP, note: 'macOS 15: “Anmeldeobjekte & Erweiterungen”.' },
  { en: 'Sign-In & Security', forms: ['Anmelden & Sicherheit'], source: ACCOUNT_HELP },
  { en: 'Two-Factor Authentication', forms: ['Zwei-Faktor-Authentifizierung'], source: ACCOUNT_HELP },
  { en: 'verification code', forms: ['Bestätigungscode', 'Bestätigungscodes'], source: ACCOUNT_HELP },
  { en: 'Keychain Access', forms: ['Schlüsselbundverwaltung'], source: MAC_HELP },
  { en: 'Terminal', forms: ['Terminal'], source: MAC_HELP },
  {
    en: 'Personal Hotspot',
    forms: ['Persönlicher Hotspot', 'Persönlichen Hotspot', 'Persönlichem Hotspot'],
    source: 'Apple iPhone User Guide (support.apple.com/de-de/guide/iphone)',
  },
  { en: 'Firewall', forms: ['Firewall'], source: MAC_HELP },
  { en: 'Notifications', forms: ['Mitteilungen'], source: MAC_HELP },
  { en: 'Set time and date automatically', forms: ['Datum und Uhrzeit automatisch einstellen'], source: MAC_HELP },
  { en: 'Users & Groups', forms: ['Benutzer:innen & Gruppen'], source: MAC_HELP, note: 'macOS 14 and later; macOS 13 said “Benutzer & Gruppen”.' },
  { en: 'Media & Purchases', forms: ['Medien & Käufe'], source: MAC_HELP },
  { en: 'Proxies', forms: ['Proxys'], source: MAC_HELP, note: 'The tab in Network › Details…; doubtful whether macOS 15 writes “Proxys” or “Proxies”.' },
  { en: 'Menu Bar', forms: ['Menüleiste'], source: MAC_HELP, note: 'Pane name (macOS 26: System Settings › Menu Bar).' },
];
