/** Simplified Chinese glossary. */
import { ACCOUNT_HELP, type GlossaryEntry, MAC_HELP } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    en: 'Apple Account',
    forms: ['Apple 账户'],
    source: ACCOUNT_HELP,
    note: 'Renamed from “Apple ID” in 2024. Apple writes a space between Latin and Han characters.',
  },
  { en: 'System Settings', forms: ['系统设置'], source: MAC_HELP },
  { en: 'Network', forms: ['网络'], source: MAC_HELP },
  { en: 'Wi-Fi', forms: ['无线局域网'], source: MAC_HELP, note: 'Apple’s Simplified Chinese UI says “无线局域网”.' },
  { en: 'Date & Time', forms: ['日期与时间'], source: MAC_HELP },
  { en: 'General', forms: ['通用'], source: MAC_HELP },
  { en: 'Privacy & Security', forms: ['隐私与安全性'], source: MAC_HELP },
  { en: 'Software Update', forms: ['软件更新'], source: MAC_HELP },
  { en: 'Login Items', forms: ['登录项'], source: MAC_HELP },
  { en: 'Sign-In & Security', forms: ['登录与安全性'], source: ACCOUNT_HELP },
  { en: 'Two-Factor Authentication', forms: ['双重认证'], source: ACCOUNT_HELP },
  { en: 'verification code', forms: ['验证码'], source: ACCOUNT_HELP },
  { en: 'Keychain Access', forms: ['钥匙串访问'], source: MAC_HELP },
  { en: 'Terminal', forms: ['终端'], source: MAC_HELP },
  { en: 'Personal Hotspot', forms: ['个人热点'], source: 'Apple iPhone User Guide (support.apple.com/zh-cn/guide/iphone)' },
  { en: 'Firewall', forms: ['防火墙'], source: MAC_HELP },
  { en: 'Notifications', forms: ['通知'], source: MAC_HELP },
  {
    en: 'Set time and date automatically',
    forms: ['自动设置日期与时间', '自动设置时间和日期'],
    source: MAC_HELP,
    note: 'Doubtful which of the two macOS 15 uses.',
  },
  { en: 'Users & Groups', forms: ['用户与群组'], source: MAC_HELP },
  { en: 'Media & Purchases', forms: ['媒体与购买项目'], source: MAC_HELP },
  { en: 'Proxies', forms: ['代理'], source: MAC_HELP, note: 'The tab in 网络 › 详细信息….' },
  { en: 'Menu Bar', forms: ['菜单栏'], source: MAC_HELP, note: 'Pane name (macOS 26: System Settings › Menu Bar).' },
];
