/** zh-Hans texts: namespace `repair`. */
import type { Translated } from '../en';
import type { repair as en } from '../en/repair';

export const repair: Translated<typeof en> = {
  'repair.flush-dns.button': '清除 DNS 缓存',
  'repair.flush-dns.does': '让这台 Mac 忘掉已保存的 DNS 应答并重新查询。不会更改任何设置。',
  'repair.flush-dns.fixed': '已修复 — 又能找到 Apple 的登录服务器，并且它们有应答了。',
  'repair.proxy-off.button': '关闭代理',
  'repair.proxy-off.does': '在设置了该代理的网络服务上关闭没有应答的代理。原来的值会保留，方便你重新打开。',
  'repair.proxy-off.fixed': '已修复 — Apple 的登录服务器又有应答了。',
  'repair.proxy-on.button': '重新打开代理',
  'repair.proxy-on.does': '把此 App 关闭的代理设置按原样恢复。',
  'repair.proxy-on.fixed': '代理已重新打开，Apple 的登录服务器仍有应答。',
  'repair.auto-time-on.button': '自动设置时间',
  'repair.auto-time-on.does': '使用 Apple 的时间服务器 time.apple.com 打开“自动设置日期与时间”。',
  'repair.auto-time-on.fixed': '已修复 — 这台 Mac 又从 time.apple.com 校准时钟了。',

  'repair.plan.target':
    '“{service}”上的{kind, select, web {网页代理 (HTTP) {server}} secure {安全网页代理 (HTTPS) {server}} socks {SOCKS 代理 {server}} other {自动代理配置}}',
  'repair.plan.proxy-off': '关闭{targets}。原来的值会保留，方便你重新打开。',
  'repair.plan.proxy-on': '把{targets}恢复到此 App 关闭它之前的样子。',

  'repair.manual.prepare-failed':
    '此 App 无法准备这项修复（{error}）。{face, select, cli {请运行 appleid-doctor check 查看手动步骤。} other {请改用下面的步骤。}}',
  'repair.manual.no-dead-proxy':
    '上次检查没有发现出故障的系统代理。{face, select, cli {请再次运行 appleid-doctor check，或按照它显示的步骤操作。} other {请再检查一次，或使用下面的步骤。}}',
  'repair.manual.no-services': '此 App 无法读取网络服务列表。{face, select, cli {请运行 appleid-doctor check 查看手动步骤。} other {请改用下面的步骤。}}',
  'repair.manual.unsafe-service':
    '代理设置在一个网络服务上，而此 App 不会把该服务的名称放进管理员命令。{face, select, cli {请在“系统设置” › “网络”中关闭它。} other {请按照下面的步骤在“系统设置”中关闭它。}}',
  'repair.manual.service-not-found':
    '此 App 找不到代理设置在哪个网络服务上。{face, select, cli {请在“系统设置” › “网络”中关闭它。} other {请按照下面的步骤在“系统设置”中关闭它。}}',
  'repair.manual.nothing-saved': '此 App 没有关闭过任何代理。要设置代理，请使用“系统设置” › “网络”。',
  'repair.manual.no-services-undo': '此 App 无法读取网络服务列表。请改用“系统设置” › “网络”。',
  'repair.manual.service-unusable': '无法使用网络服务“{service}”：{problem}。请改用“系统设置” › “网络”。',
  'repair.manual.unsafe-server': '保存的代理服务器不是此 App 会放进命令的那种。请改用“系统设置” › “网络”。',
  'repair.service.bad-characters': '它的名称包含此 App 不会放进管理员命令的字符',
  'repair.service.not-listed': '它不是这台 Mac 列出的网络服务之一',

  'repair.run.expired': '这项修复准备得太久了。{face, select, cli {请重新运行命令。} other {请再按一次它的按钮。}}',
  'repair.run.cancelled': '没有进行任何更改：密码提示已取消。',
  'repair.run.failed': '没有成功：{reason}。{face, select, cli {请运行 appleid-doctor check 查看手动步骤。} other {请改用下面的步骤。}}',
  'repair.run.recheck-failed': '修复已运行，但无法重新检查（{error}）。{face, select, cli {请运行 appleid-doctor check。} other {请点按“立即检查”。}}',
  'repair.run.still-wrong': '仍有问题 — {check}：{summary}',
  'repair.run.unknown': '修复已运行，但检查无法判断是否奏效。',
  'repair.reason.spawn': '无法打开管理员密码提示（{error}）',
  'repair.reason.timeout': '未能及时得到应答；修复已停止',
  'repair.reason.status': '退出状态 {status}',

  'repair.step.cancelled': '“{title}”：密码提示已取消 — 没有进行任何更改',
  'repair.step.failed': '“{title}”失败：{reason}',
  'repair.step.recheck-failed': '“{title}”已运行；无法重新检查',
  'repair.step.ran': '“{title}”已运行 — {result}',

  'repair.cli.usage': `用法：appleid-doctor fix [ID] [选项]

不带 ID：检查这台 Mac，并列出适用于检查结果的修复。
带 ID：显示修复会做什么以及确切的命令，征求你的同意，通过 macOS 的管理员密码提示运行它，
然后重新检查并告诉你是否奏效。

修复：{ids}

选项：
  --dry-run        准确显示将要运行的内容；不做任何更改
  -y, --yes        事先同意（没有可以询问的终端时需要）
  --json           以 JSON 输出结果（架构 appleid-doctor/fix@1）
  --config FILE    使用 JSON 配置文件（与 appleid-doctor check 相同）
  --data-dir DIR   App 保存步骤记录和待恢复代理值的位置
                   （默认：{dataDir}）
  -h, --help       显示此帮助

退出状态（列出时）：0 绿色，1 黄色，2 红色（与 appleid-doctor check 相同）。
退出状态（带 ID）：0 已修复，1 仍有问题，2 修复失败，3 没有进行任何更改（你拒绝了，或取消了
密码提示），4 已运行但检查无法判断，5 目前不适用或此 App 无法在这里执行（请使用手动步骤）；
--dry-run：0 将会运行，5 同上。始终：64 用法错误（或既没有终端也没有 --yes），69 修复需要 macOS，
78 配置错误。`,
  'repair.cli.usage-error': 'appleid-doctor fix：{message}（参见 appleid-doctor fix --help）',
  'repair.cli.bad-config': 'appleid-doctor：配置错误：{error}{more, plural, =0 {} other {（另有 # 处）}}',
  'repair.cli.arg.no-value': '{flag} 不接受值',
  'repair.cli.arg.needs-value': '{flag} 需要{what, select, file {文件路径} other {文件夹路径}}',
  'repair.cli.arg.unknown': '未知选项“{option}”',
  'repair.cli.arg.one-at-a-time': '一次只能进行一项修复（收到了“{first}”和“{second}”）',
  'repair.cli.arg.needs-id': '{flag} 需要修复 ID，例如 appleid-doctor fix flush-dns --dry-run',
  'repair.cli.arg.dry-run-yes': '--dry-run 与 --yes 互相矛盾（试运行不会做任何更改）',
  'repair.cli.unknown-id': '未知修复“{id}”（可用：{ids}）',
  'repair.cli.needs-macos':
    '修复需要 macOS：修复会在管理员密码提示之后，用 macOS 自带的工具（networksetup、systemsetup、dscacheutil）更改这台 Mac 的设置。这台电脑运行的是 {os}；没有进行任何更改。',
  'repair.cli.list.heading': '有 {n, plural, other {# 项}}修复适用于检查结果：{headline}',
  'repair.cli.list.none': '没有适用于检查结果的修复：{headline}',
  'repair.cli.list.how': '运行方法：appleid-doctor fix ID（加上 --dry-run 可准确查看将要运行的内容）',
  'repair.cli.list.card': '修复卡片：{card}',
  'repair.cli.list.undo': '恢复“{title}”关闭的内容',
  'repair.cli.list.manual': '此 App 无法在这里执行：{reason}',
  'repair.cli.not-applicable': '“{title}”不适用于检查结果：{headline}。没有进行任何更改。',
  'repair.cli.applicable': '适用的修复：{ids}',
  'repair.cli.applicable-none': '目前没有适用的修复。',
  'repair.cli.cannot': '此 App 无法在这里执行“{title}”。没有进行任何更改。',
  'repair.cli.command-intro': '将以管理员身份运行下面这条确切的命令；macOS 会先要求你输入密码：',
  'repair.cli.dry-run-intro': '试运行 — 没有进行任何更改。将以管理员身份运行下面这条确切的命令（macOS 会先要求你输入密码）：',
  'repair.cli.ask': '要继续吗？[y/N] ',
  'repair.cli.yes-words': 'y|yes|是',
  'repair.cli.no-tty': '未经询问不会更改这台 Mac：请在终端中运行以便询问你，或加上 --yes 事先同意。没有进行任何更改。',
  'repair.cli.declined': '没有进行任何更改。',
  'repair.cli.waiting': '正在等待 macOS 的密码提示…',
  'repair.cli.checking': '正在重新检查：{checks}…',
  'repair.cli.undo': '要恢复原样：appleid-doctor fix {id}',
  'repair.cli.now': '检查结果现在是：{headline}',

  'repair.steps.title': '已尝试的步骤',
  'repair.steps.hint': '你在此 App 中做过的操作及其时间。Apple 支持会要求提供这份列表；报告中也包含它。',
  'repair.steps.none': '暂无。打开设置、拷贝命令、运行修复或重新检查后，会连同时间显示在这里。',
  'repair.steps.earlier': '另有 {n, plural, other {# 个}}更早的步骤在报告中。',
  'repair.steps.light': '之后为{light, select, green {绿色} amber {黄色} other {红色}}',
  'repair.steps.error': '无法读取步骤：{error}',
};
