/** ja texts: namespace `tray` (menu items in Apple's Japanese style: 「〜を終了」). */
import type { Translated } from '../en';
import type { tray as en } from '../en/tray';

export const tray: Translated<typeof en> = {
  'tray.menu.checkNow': '今すぐチェック',
  'tray.menu.openReport': 'レポートを開く…',
  'tray.menu.settings': '設定…',
  'tray.menu.openAtLogin': 'ログイン時に開く',
  'tray.menu.openAtLoginPackaged': 'ログイン時に開く（インストール済みアプリのみ）',
  'tray.menu.quit': '{app}を終了',
  'tray.checkingTooltip': 'Appleのサインインをチェック中…',
  'tray.tooltipUnstable': '{headline}（接続が不安定）',
  'tray.titleUnstable': '不安定',
  'tray.lastLine': '最終チェック {time} — {headline}',
  'tray.noCheckYet': '完了したチェックはまだありません',
  'tray.notice.causeBody': '{title}：{sentence}',
  'tray.notice.outage': 'Appleアカウントの障害',
  'tray.notice.outageContinues': 'Appleアカウントの障害が続いています',
  'tray.notice.down': 'このMacはAppleにサインインできません',
  'tray.notice.stillDown': 'Appleのサインインに引き続き接続できません',
  'tray.notice.downBody': 'このMacからAppleのサインインサーバに接続できません。',
  'tray.notice.unstable': 'Appleのサインインが不安定です',
  'tray.notice.unstableBody': 'このネットワークではサインインの成功と失敗が繰り返されています。落ち着くまで通知を一時停止します。',
  'tray.notice.restored': 'Appleのサインインが復旧しました',
  'tray.notice.restoredBody': 'このMacから再びAppleのサインインサーバに接続できます。',
  'tray.notice.appleOutage': 'Appleが障害を報告しています',
  'tray.notice.appleBack': 'Appleアカウントが復旧しました',
  'tray.notice.appleBackBody': 'Apple側の障害が終わり、このMacで再びサインインできます。',
  'tray.notice.storage': '{app}がデータフォルダを使用できません',
  'tray.notice.storageBody': '{file}：{problem}。チェックは引き続き実行されます。',
  'tray.notice.hidden': '{app}はメニューバーにあります',
  'tray.notice.hiddenBody': '右上のアイコンを探してください。見当たらない場合は、“システム設定”＞“メニューバー”で許可してください（ここをクリック）。',
};
