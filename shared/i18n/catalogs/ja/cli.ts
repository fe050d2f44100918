/** ja texts: namespace `cli` (です/ます). Flags, formats, check ids and commands stay as typed. */
import type { Translated } from '../en';
import type { cli as en } from '../en/cli';

export const cli: Translated<typeof en> = {
  'cli.help': `使い方：appleid-doctor [check] [オプション]
      appleid-doctor fix [ID] [--dry-run] [--yes]   （修復。appleid-doctor fix --help を参照）

このMacが今Appleアカウントにサインインできるかどうかと、できない場合はその理由を確認します。

オプション：
  --json               完全なレポートをJSONで出力（スキーマ appleid-doctor/report@1）
  --format FMT         json、text（デフォルト）、jamf、prometheus、plist（フリート用形式はREADMEを参照）
  --output FILE        標準出力の代わりにFILEへアトミックに書き込み（一時ファイル、fsync、rename）
  --from-report FILE   保存済みの--format jsonレポートを別の形式で出力（確認は実行しません）
  --config FILE        JSON構成ファイルを使用（エンドポイント、タイムアウト、リゾルバ、ツールのパスなど）
  --only ID[,ID…]      指定した確認だけを実行（繰り返し可。判定はそれらだけが対象）：
                       {ids}
  --all                すべての解決策カードを出力（ターミナルでは最初の2つだけを表示）
  --include-personal   Appleアカウント、名前、パス、アドレスを表示する（デフォルトではすべての形式で伏せ字）
  --lang LANG          テキスト出力の言語：{langs}
                       （デフォルト：LC_ALL、LC_MESSAGES、LANGから判断）
  --no-color           色を付けない（NO_COLOR=1でも同じ）
  -h, --help           このヘルプを表示
  -v, --version        バージョンを表示

終了ステータス：0 緑、1 黄、2 赤、64 使い方の誤り、78 構成の誤り、
66 --from-reportを読めない、73 --outputに書き込めない。`,

  'cli.usage.line': 'appleid-doctor：{error}（appleid-doctor --helpを参照してください）',
  'cli.usage.unknown_command': '不明なコマンド「{command}」です（使用できるコマンドは「check」と「fix」です）',
  'cli.usage.switch_value': '{flag}に値は指定できません（=true / =falseのみ）。指定された値：「{value}」',
  'cli.usage.needs_file': '{flag}にはファイルのパスが必要です',
  'cli.usage.format': '--formatには次のいずれかが必要です：{formats}',
  'cli.usage.format_twice': '--formatが異なる値で2回指定されています',
  'cli.usage.only_empty': '--onlyには確認のIDが必要です（例：--only signin-endpoints,clock）',
  'cli.usage.only_none': '--onlyには確認のIDが1つ以上必要です（例：--only signin-endpoints,clock）',
  'cli.usage.unknown_check': '不明な確認ID「{id}」です（使用できるID：{known}）',
  'cli.usage.lang': '--langには次のいずれかが必要です：{langs}。指定された値：「{value}」',
  'cli.usage.unknown_option': '不明なオプション「{option}」です',
  'cli.usage.json_format': '--jsonと--format {format}は同時に指定できません',

  'cli.error.bad_config': 'appleid-doctor：構成に誤りがあります：{error}{more, plural, =0 {} other {（ほか#件）}}',
  'cli.error.managed': 'appleid-doctor：{problem}',
  'cli.error.report_unreadable': 'appleid-doctor：{path}：読み取れません',
  'cli.error.report_invalid': 'appleid-doctor：{path}：{schema}レポートではありません（{where}：{detail}）',
  'cli.error.report_not_json': 'appleid-doctor：{path}：有効なJSONではありません（{detail}）',
  'cli.error.cannot_write': 'appleid-doctor：--outputに書き込めません：{detail}',

  'cli.light.green': '● 緑',
  'cli.light.amber': '▲ 黄',
  'cli.light.red': '■ 赤',
  'cli.fix.heading': '解決方法：{title}',
  'cli.more_fixes': 'ほかに解決策が{n, plural, other {#件}}あります（{names}）：appleid-doctor --all',
  'cli.footer': '確認時間 {duration}{skipped, plural, =0 {} other { · macOS専用の確認#件は{os}では未実行}} · 完全なレポートは--json',

  'cli.apple-log.heading': 'Appleのソフトウェアが報告した内容',
  'cli.apple-log.line': '{time}  {process}  {code}{count, plural, =1 {} other {（#回）}} — {meaning}（{relation}）',
  'cli.apple-log.line_cause': '{time}  {process}  {code}{count, plural, =1 {} other {（#回）}} — {meaning}（{relation}：{cause}）',
  'cli.apple-log.no_meaning': '意味は不明',
  'cli.apple-log.more': '… ほか{n}件は--jsonで確認できます',
  'cli.apple-log.relation.primary': 'どのネットワーク確認でも説明できません',
  'cli.apple-log.relation.explained': '現在の確認結果で説明できます',
  'cli.apple-log.relation.corroborates': '現在の確認でも同じ問題が見られます',
  'cli.apple-log.relation.history': '現在は正常です',
  'cli.apple-log.relation.info': '参考情報',
};
