/** zh-Hans texts: namespace `cli`. Flags, formats, check ids and commands stay as typed. */
import type { Translated } from '../en';
import type { cli as en } from '../en/cli';

export const cli: Translated<typeof en> = {
  'cli.help': `用法：appleid-doctor [check] [选项]
     appleid-doctor fix [ID] [--dry-run] [--yes]   （修复；参见 appleid-doctor fix --help）

检查这台 Mac 现在能否登录其 Apple 账户；如果不能，说明原因。

选项：
  --json               以 JSON 输出完整报告（架构 appleid-doctor/report@1）
  --format FMT         json、text（默认）、jamf、prometheus 或 plist（设备群格式：见 README）
  --output FILE        以原子方式写入 FILE（临时文件、fsync、rename），而不是标准输出
  --from-report FILE   以其他格式输出已保存的 --format json 报告（不运行检查）
  --config FILE        使用 JSON 配置文件（端点、超时、解析器、工具路径等）
  --only ID[,ID…]      只运行这些检查（可重复；结论只针对这些检查）：
                       {ids}
  --all                输出所有修复卡片（终端默认只显示前两张）
  --include-personal   显示你的 Apple 账户、名称、路径和地址（默认在所有格式中隐去）
  --lang LANG          文本输出的语言：{langs}
                       （默认：依据 LC_ALL、LC_MESSAGES 或 LANG）
  --no-color           不使用颜色（也可用 NO_COLOR=1）
  -h, --help           显示此帮助
  -v, --version        显示版本

退出状态：0 绿色，1 黄色，2 红色，64 用法错误，78 配置错误；
66 无法读取 --from-report，73 无法写入 --output。`,

  'cli.usage.line': 'appleid-doctor：{error}（参见 appleid-doctor --help）',
  'cli.usage.unknown_command': '未知命令“{command}”（命令为“check”和“fix”）',
  'cli.usage.switch_value': '{flag} 不接受值（或 =true / =false），收到“{value}”',
  'cli.usage.needs_file': '{flag} 需要文件路径',
  'cli.usage.format': '--format 需要以下之一：{formats}',
  'cli.usage.format_twice': '--format 被指定了两次且值不同',
  'cli.usage.only_empty': '--only 需要检查 ID，例如 --only signin-endpoints,clock',
  'cli.usage.only_none': '--only 至少需要一个检查 ID，例如 --only signin-endpoints,clock',
  'cli.usage.unknown_check': '未知的检查 ID“{id}”（可用：{known}）',
  'cli.usage.lang': '--lang 需要以下之一：{langs}；收到“{value}”',
  'cli.usage.unknown_option': '未知选项“{option}”',
  'cli.usage.json_format': '--json 与 --format {format} 相互矛盾',

  'cli.error.bad_config': 'appleid-doctor：配置错误：{error}{more, plural, =0 {} other {（另有 # 处）}}',
  'cli.error.managed': 'appleid-doctor：{problem}',
  'cli.error.report_unreadable': 'appleid-doctor：{path}：无法读取',
  'cli.error.report_invalid': 'appleid-doctor：{path}：不是 {schema} 报告（{where}：{detail}）',
  'cli.error.report_not_json': 'appleid-doctor：{path}：不是有效的 JSON（{detail}）',
  'cli.error.cannot_write': 'appleid-doctor：无法写入 --output {detail}',

  'cli.light.green': '● 绿色',
  'cli.light.amber': '▲ 黄色',
  'cli.light.red': '■ 红色',
  'cli.fix.heading': '修复方法：{title}',
  'cli.more_fixes': '另有 {n, plural, other {# 个}}修复方法（{names}）：appleid-doctor --all',
  'cli.footer': '检查用时 {duration}{skipped, plural, =0 {} other { · {os} 上未运行 # 项 macOS 检查}} · 完整报告请用 --json',

  'cli.apple-log.heading': 'Apple 软件报告的内容',
  'cli.apple-log.line': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning}（{relation}）',
  'cli.apple-log.line_cause': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning}（{relation}：{cause}）',
  'cli.apple-log.no_meaning': '含义未知',
  'cli.apple-log.more': '… 另有 {n} 条，见 --json',
  'cli.apple-log.relation.primary': '没有任何网络检查能解释',
  'cli.apple-log.relation.explained': '当前检查可以解释',
  'cli.apple-log.relation.corroborates': '当前检查也发现了同样的问题',
  'cli.apple-log.relation.history': '现在已正常',
  'cli.apple-log.relation.info': '仅供参考',
};
