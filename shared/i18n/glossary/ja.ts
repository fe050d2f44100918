/** Japanese glossary (です/ます style, as Apple's Japanese texts). */
import { ACCOUNT_HELP, type GlossaryEntry, MAC_HELP } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'Apple Account', forms: ['Appleアカウント'], source: ACCOUNT_HELP, note: 'Renamed from “Apple ID” in 2024.' },
  { en: 'System Settings', forms: ['システム設定'], source: MAC_HELP },
  { en: 'Network', forms: ['ネットワーク'], source: MAC_HELP },
  { en: 'Wi-Fi', forms: ['Wi-Fi'], source: MAC_HELP },
  { en: 'Date & Time', forms: ['日付と時刻'], source: MAC_HELP },
  { en: 'General', forms: ['一般'], source: MAC_HELP },
  { en: 'Privacy & Security', forms: ['プライバシーとセキュリティ'], source: MAC_HELP },
  { en: 'Software Update', forms: ['ソフトウェアアップデート'], source: MAC_HELP },
  { en: 'Login Items', forms: ['ログイン項目'], source: MAC_HELP },
  { en: 'Sign-In & Security', forms: ['サインインとセキュリティ'], source: ACCOUNT_HELP },
  { en: 'Two-Factor Authentication', forms: ['2ファクタ認証'], source: ACCOUNT_HELP },
  { en: 'verification code', forms: ['確認コード'], source: ACCOUNT_HELP },
  { en: 'Keychain Access', forms: ['キーチェーンアクセス'], source: MAC_HELP },
  { en: 'Terminal', forms: ['ターミナル'], source: MAC_HELP },
  { en: 'Personal Hotspot', forms: ['インターネット共有'], source: 'Apple iPhone User Guide (support.apple.com/ja-jp/guide/iphone)' },
  { en: 'Firewall', forms: ['ファイアウォール'], source: MAC_HELP },
  { en: 'Notifications', forms: ['通知'], source: MAC_HELP },
  { en: 'Set time and date automatically', forms: ['日付と時刻を自動的に設定'], source: MAC_HELP },
  { en: 'Users & Groups', forms: ['ユーザとグループ'], source: MAC_HELP },
  { en: 'Media & Purchases', forms: ['メディアと購入'], source: MAC_HELP },
  { en: 'Proxies', forms: ['プロキシ'], source: MAC_HELP, note: 'The tab in ネットワーク › 詳細….' },
  { en: 'Menu Bar', forms: ['メニューバー'], source: MAC_HELP, note: 'Pane name (macOS 26: System Settings › Menu Bar).' },
];
