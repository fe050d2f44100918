/** zh-Hans texts: namespace `tray` (menu items in Apple's Simplified Chinese style: “退出…”). */
import type { Translated } from '../en';
import type { tray as en } from '../en/tray';

export const tray: Translated<typeof en> = {
  'tray.menu.checkNow': '立即检查',
  'tray.menu.openReport': '打开报告…',
  'tray.menu.settings': '设置…',
  'tray.menu.openAtLogin': '登录时打开',
  'tray.menu.openAtLoginPackaged': '登录时打开（仅限已安装的 App）',
  'tray.menu.quit': '退出 {app}',
  'tray.checkingTooltip': '正在检查 Apple 登录…',
  'tray.tooltipUnstable': '{headline}（连接不稳定）',
  'tray.titleUnstable': '不稳定',
  'tray.lastLine': '上次检查 {time} — {headline}',
  'tray.noCheckYet': '尚无已完成的检查',
  'tray.notice.causeBody': '{title}：{sentence}',
  'tray.notice.outage': 'Apple 账户服务中断',
  'tray.notice.outageContinues': 'Apple 账户服务仍在中断',
  'tray.notice.down': '这台 Mac 无法登录 Apple',
  'tray.notice.stillDown': '仍无法连接 Apple 登录服务',
  'tray.notice.downBody': '这台 Mac 无法连接 Apple 的登录服务器。',
  'tray.notice.unstable': 'Apple 登录不稳定',
  'tray.notice.unstableBody': '在此网络上登录时好时坏。在恢复稳定之前暂停提醒。',
  'tray.notice.restored': 'Apple 登录已恢复',
  'tray.notice.restoredBody': '这台 Mac 可以再次连接 Apple 的登录服务器。',
  'tray.notice.appleOutage': 'Apple 报告服务中断',
  'tray.notice.appleBack': 'Apple 账户已恢复',
  'tray.notice.appleBackBody': 'Apple 的服务中断已结束，这台 Mac 可以再次登录。',
  'tray.notice.storage': '{app} 无法使用其数据文件夹',
  'tray.notice.storageBody': '{file}：{problem}。检查仍会继续运行。',
  'tray.notice.hidden': '{app} 在你的菜单栏中',
  'tray.notice.hiddenBody': '请在屏幕右上角查找它的图标。如果看不到，请在“系统设置”›“菜单栏”中允许它显示（点按此处）。',
};
