/** ja texts: namespace `repair`. */
import type { Translated } from '../en';
import type { repair as en } from '../en/repair';

export const repair: Translated<typeof en> = {
  'repair.flush-dns.button': 'DNSキャッシュを消去',
  'repair.flush-dns.does': 'このMacが保存しているDNSの応答を消去し、改めて問い合わせるようにします。設定は変更しません。',
  'repair.flush-dns.fixed': '解決しました — Appleのサインインサーバが再び見つかり、応答しています。',
  'repair.proxy-off.button': 'プロキシをオフにする',
  'repair.proxy-off.does': '応答しないプロキシを、それが設定されているネットワークサービスでオフにします。元の値は保存されるので、あとでオンに戻せます。',
  'repair.proxy-off.fixed': '解決しました — Appleのサインインサーバが再び応答しています。',
  'repair.proxy-on.button': 'プロキシをオンに戻す',
  'repair.proxy-on.does': 'このアプリがオフにしたプロキシ設定を、元のとおりに戻します。',
  'repair.proxy-on.fixed': 'プロキシはオンに戻り、Appleのサインインサーバも引き続き応答しています。',
  'repair.auto-time-on.button': '時刻を自動的に設定',
  'repair.auto-time-on.does': 'Appleのタイムサーバ time.apple.com を使って「日付と時刻を自動的に設定」をオンにします。',
  'repair.auto-time-on.fixed': '解決しました — このMacは再び time.apple.com で時計を合わせています。',

  'repair.plan.target':
    '“{service}”の{kind, select, web {Webプロキシ(HTTP) {server}} secure {保護されたWebプロキシ(HTTPS) {server}} socks {SOCKSプロキシ {server}} other {自動プロキシ構成}}',
  'repair.plan.proxy-off': '{targets}をオフにします。元の値は保存されるので、あとでオンに戻せます。',
  'repair.plan.proxy-on': '{targets}を、このアプリがオフにする前の状態に戻します。',

  'repair.manual.prepare-failed':
    'このアプリは修復を準備できませんでした({error})。{face, select, cli {appleid-doctor check を実行して、手動の手順を確認してください。} other {代わりに下の手順に従ってください。}}',
  'repair.manual.no-dead-proxy':
    '前回のチェックでは、失敗しているシステムプロキシは見つかりませんでした。{face, select, cli {appleid-doctor check をもう一度実行するか、表示される手順に従ってください。} other {もう一度チェックするか、下の手順に従ってください。}}',
  'repair.manual.no-services':
    'このアプリはネットワークサービスの一覧を読み取れませんでした。{face, select, cli {appleid-doctor check を実行して、手動の手順を確認してください。} other {代わりに下の手順に従ってください。}}',
  'repair.manual.unsafe-service':
    'プロキシが設定されているネットワークサービスの名前は、このアプリが管理者コマンドに入れない名前です。{face, select, cli {システム設定 › ネットワークでオフにしてください。} other {下の手順に従って、システム設定でオフにしてください。}}',
  'repair.manual.service-not-found':
    'プロキシがどのネットワークサービスに設定されているか、このアプリは見つけられませんでした。{face, select, cli {システム設定 › ネットワークでオフにしてください。} other {下の手順に従って、システム設定でオフにしてください。}}',
  'repair.manual.nothing-saved': 'このアプリがオフにしたプロキシはありません。プロキシを設定するには、システム設定 › ネットワークを使ってください。',
  'repair.manual.no-services-undo': 'このアプリはネットワークサービスの一覧を読み取れませんでした。代わりにシステム設定 › ネットワークを使ってください。',
  'repair.manual.service-unusable': 'ネットワークサービス“{service}”は使用できません: {problem}。代わりにシステム設定 › ネットワークを使ってください。',
  'repair.manual.unsafe-server':
    '保存されているプロキシサーバは、このアプリがコマンドに入れるものではありません。代わりにシステム設定 › ネットワークを使ってください。',
  'repair.service.bad-characters': '名前に、このアプリが管理者コマンドに入れない文字が含まれています',
  'repair.service.not-listed': 'このMacが一覧に表示するネットワークサービスではありません',

  'repair.run.expired':
    'この修復は準備されてから時間が経ちすぎています。{face, select, cli {コマンドをもう一度実行してください。} other {もう一度ボタンを押してください。}}',
  'repair.run.cancelled': '何も変更されていません: パスワードの入力がキャンセルされました。',
  'repair.run.failed':
    'うまくいきませんでした: {reason}。{face, select, cli {appleid-doctor check を実行して、手動の手順を確認してください。} other {代わりに下の手順に従ってください。}}',
  'repair.run.recheck-failed':
    '修復は実行されましたが、再チェックを実行できませんでした({error})。{face, select, cli {appleid-doctor check を実行してください。} other {「今すぐチェック」を押してください。}}',
  'repair.run.still-wrong': 'まだ問題があります — {check}: {summary}',
  'repair.run.unknown': '修復は実行されましたが、うまくいったかどうかはチェックで判断できませんでした。',
  'repair.reason.spawn': '管理者パスワードの入力画面を開けませんでした({error})',
  'repair.reason.timeout': '時間内に応答がなかったため、修復を中止しました',
  'repair.reason.status': '終了ステータス {status}',

  'repair.step.cancelled': '「{title}」: パスワードの入力をキャンセル — 何も変更されていません',
  'repair.step.failed': '「{title}」に失敗: {reason}',
  'repair.step.recheck-failed': '「{title}」を実行。再チェックは実行できませんでした',
  'repair.step.ran': '「{title}」を実行 — {result}',

  'repair.cli.usage': `使い方: appleid-doctor fix [ID] [オプション]

IDなし: このMacをチェックし、見つかった問題に使える修復を一覧表示します。
IDあり: 修復の内容と正確なコマンドを表示して確認を求め、macOSの管理者パスワード入力を経て
実行し、もう一度チェックして、うまくいったかどうかを伝えます。

修復: {ids}

オプション:
  --dry-run        実行される内容を正確に表示するだけで、何も変更しません
  -y, --yes        事前に同意します(確認できる端末がないときに必要です)
  --json           結果をJSONで出力します(スキーマ appleid-doctor/fix@1)
  --config FILE    JSON構成ファイルを使います(appleid-doctor check と同じ)
  --data-dir DIR   アプリが手順の記録と、戻すためのプロキシの値を保存する場所
                   (デフォルト: {dataDir})
  -h, --help       このヘルプを表示します

終了ステータス(一覧): 0 緑、1 黄、2 赤(appleid-doctor check と同じ)。
終了ステータス(ID指定): 0 解決、1 まだ問題がある、2 修復に失敗、3 何も変更されていない
(同意しなかった、またはパスワード入力をキャンセルした)、4 実行されたがチェックで判断できない、
5 今は該当しない、またはこのアプリではここで実行できない(手動の手順を使う)。--dry-run: 0 実行
できる、5 上と同じ。共通: 64 使い方の誤り(または端末も --yes もない)、69 修復にはmacOSが必要、
78 構成の誤り。`,
  'repair.cli.usage-error': 'appleid-doctor fix: {message}(appleid-doctor fix --help を参照)',
  'repair.cli.bad-config': 'appleid-doctor: 構成に誤りがあります: {error}{more, plural, =0 {} other {(ほか#件)}}',
  'repair.cli.arg.no-value': '{flag} は値を取りません',
  'repair.cli.arg.needs-value': '{flag} には{what, select, file {ファイルのパス} other {フォルダのパス}}が必要です',
  'repair.cli.arg.unknown': '不明なオプション“{option}”',
  'repair.cli.arg.one-at-a-time': '修復は一度に1つです(“{first}”と“{second}”が指定されました)',
  'repair.cli.arg.needs-id': '{flag} には修復のIDが必要です(例: appleid-doctor fix flush-dns --dry-run)',
  'repair.cli.arg.dry-run-yes': '--dry-run と --yes は両立しません(ドライランは何も変更しません)',
  'repair.cli.unknown-id': '不明な修復“{id}”(使えるもの: {ids})',
  'repair.cli.needs-macos':
    '修復にはmacOSが必要です: 修復は、管理者パスワードの入力のあと、macOS自身のツール(networksetup、systemsetup、dscacheutil)でこのMacの設定を変更します。このコンピュータで動作しているのは{os}です。何も変更されていません。',
  'repair.cli.list.heading': 'チェック結果に使える修復が{n, plural, other {#件}}あります: {headline}',
  'repair.cli.list.none': 'チェック結果に使える修復はありません: {headline}',
  'repair.cli.list.how': '実行するには: appleid-doctor fix ID(--dry-run を付けると、実行される内容を正確に確認できます)',
  'repair.cli.list.card': '修正カード: {card}',
  'repair.cli.list.undo': '「{title}」でオフにしたものを元に戻します',
  'repair.cli.list.manual': 'このアプリではここで実行できません: {reason}',
  'repair.cli.not-applicable': '「{title}」はチェック結果に該当しません: {headline}。何も変更されていません。',
  'repair.cli.applicable': '使える修復: {ids}',
  'repair.cli.applicable-none': '今使える修復はありません。',
  'repair.cli.cannot': 'このアプリではここで「{title}」を実行できません。何も変更されていません。',
  'repair.cli.command-intro': '次のコマンドがそのまま管理者として実行されます。macOSが先にパスワードを求めます:',
  'repair.cli.dry-run-intro': 'ドライラン — 何も変更されていません。次のコマンドがそのまま管理者として実行されます(macOSが先にパスワードを求めます):',
  'repair.cli.ask': '続けますか? [y/N] ',
  'repair.cli.yes-words': 'y|yes|はい',
  'repair.cli.no-tty':
    '確認なしではこのMacを変更しません: 確認を受けるには端末で実行するか、事前に同意するには --yes を付けてください。何も変更されていません。',
  'repair.cli.declined': '何も変更されていません。',
  'repair.cli.waiting': 'macOSのパスワード入力を待っています…',
  'repair.cli.checking': 'もう一度チェックしています: {checks}…',
  'repair.cli.undo': '元に戻すには: appleid-doctor fix {id}',
  'repair.cli.now': '現在のチェック結果: {headline}',

  'repair.steps.title': 'すでに試した手順',
  'repair.steps.hint': 'このアプリで行ったことと、その時刻です。Appleサポートはこの一覧を求めます。レポートにも含まれています。',
  'repair.steps.none': 'まだありません。設定を開く、コマンドをコピーする、修復を実行する、もう一度チェックする、といった操作が時刻とともにここに表示されます。',
  'repair.steps.earlier': 'それ以前の{n, plural, other {#件}}の手順はレポートにあります。',
  'repair.steps.light': 'その後: {light, select, green {緑} amber {黄} other {赤}}',
  'repair.steps.error': '手順を読み取れませんでした: {error}',
};
