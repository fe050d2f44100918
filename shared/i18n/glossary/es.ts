/** Spanish glossary (tú-form, as Apple's Spanish texts). */
import { ACCOUNT_HELP, type GlossaryEntry, MAC_HELP } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'Apple Account', forms: ['cuenta de Apple', 'Cuenta de Apple'], source: ACCOUNT_HELP, note: 'Renamed from “ID de Apple” in 2024.' },
  { en: 'System Settings', forms: ['Ajustes del Sistema'], source: MAC_HELP },
  { en: 'Network', forms: ['Red'], source: MAC_HELP },
  { en: 'Wi-Fi', forms: ['Wi-Fi'], source: MAC_HELP },
  { en: 'Date & Time', forms: ['Fecha y hora'], source: MAC_HELP },
  { en: 'General', forms: ['General'], source: MAC_HELP },
  { en: 'Privacy & Security', forms: ['Privacidad y seguridad'], source: MAC_HELP },
  { en: 'Software Update', forms: ['Actualización de software'], source: MAC_HELP },
  { en: 'Login Items', forms: ['Ítems de inicio', 'ítems de inicio'], source: MAC_HELP },
  { en: 'Sign-In & Security', forms: ['Inicio de sesión y seguridad'], source: ACCOUNT_HELP },
  { en: 'Two-Factor Authentication', forms: ['autenticación de doble factor', 'Autenticación de doble factor'], source: ACCOUNT_HELP },
  { en: 'verification code', forms: ['código de verificación', 'códigos de verificación'], source: ACCOUNT_HELP },
  { en: 'Keychain Access', forms: ['Acceso a Llaveros'], source: MAC_HELP },
  { en: 'Terminal', forms: ['Terminal'], source: MAC_HELP },
  {
    en: 'Personal Hotspot',
    forms: ['Compartir Internet'],
    source: 'Apple iPhone User Guide (support.apple.com/es-es/guide/iphone)',
    note: 'es-ES; Latin-American Spanish says “Hotspot personal”.',
  },
  { en: 'Firewall', forms: ['firewall', 'Firewall'], source: MAC_HELP },
  { en: 'Notifications', forms: ['Notificaciones'], source: MAC_HELP },
  { en: 'Set time and date automatically', forms: ['Ajustar fecha y hora automáticamente'], source: MAC_HELP },
  { en: 'Users & Groups', forms: ['Usuarios y grupos'], source: MAC_HELP },
  { en: 'Media & Purchases', forms: ['Contenido y compras'], source: MAC_HELP },
  { en: 'Proxies', forms: ['Proxies'], source: MAC_HELP, note: 'The tab in Red › Detalles….' },
  { en: 'Menu Bar', forms: ['Barra de menús', 'barra de menús'], source: MAC_HELP, note: 'Pane name (macOS 26: System Settings › Menu Bar).' },
];
