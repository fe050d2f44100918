/**
 * English source texts: namespace `cli` (see shared/i18n/namespaces.ts). Keys start with `cli.`.
 * The terminal's human output, help, usage and argument errors. Flags, formats, check ids, file
 * paths, commands and exit codes are typed by people and scripts: never translated. `--json` and
 * the fleet formats carry no text from here.
 */
export const cli = {
  'cli.help': `Usage: appleid-doctor [check] [options]
       appleid-doctor fix [ID] [--dry-run] [--yes]   (repairs; see appleid-doctor fix --help)

Checks whether this Mac can sign in to its Apple Account right now, and if not, why.

Options:
  --json               Print the full report as JSON (schema appleid-doctor/report@1)
  --format FMT         json, text (default), jamf, prometheus or plist (fleet formats: see README)
  --output FILE        Write the output to FILE atomically (temp file, fsync, rename) instead of stdout
  --from-report FILE   Render a saved --format json report in another format (no checks run)
  --config FILE        Use a JSON config file (endpoints, timeouts, resolvers, tool paths, …)
  --only ID[,ID…]      Run only these checks (repeatable; the verdict covers only them):
                       {ids}
  --all                Print every fix card (the terminal shows the first two)
  --include-personal   Show your Apple Account, names, paths and addresses (hidden by default, in every format)
  --lang LANG          Language of the text output: {langs}
                       (default: from LC_ALL, LC_MESSAGES or LANG)
  --no-color           Never colour the output (also: NO_COLOR=1)
  -h, --help           Show this help
  -v, --version        Show the version

Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 78 bad config;
66 unreadable --from-report, 73 cannot write --output.`,

  // Usage errors: one line, then where to look.
  'cli.usage.line': 'appleid-doctor: {error} (see appleid-doctor --help)',
  'cli.usage.unknown_command': 'unknown command “{command}” (the commands are “check” and “fix”)',
  'cli.usage.switch_value': '{flag} takes no value (or =true / =false), got “{value}”',
  'cli.usage.needs_file': '{flag} needs a file path',
  'cli.usage.format': '--format needs one of {formats}',
  'cli.usage.format_twice': '--format given twice with different values',
  'cli.usage.only_empty': '--only needs check ids, e.g. --only signin-endpoints,clock',
  'cli.usage.only_none': '--only needs at least one check id, e.g. --only signin-endpoints,clock',
  'cli.usage.unknown_check': 'unknown check id “{id}” (known: {known})',
  'cli.usage.lang': '--lang needs one of {langs}, got “{value}”',
  'cli.usage.unknown_option': 'unknown option “{option}”',
  'cli.usage.json_format': '--json and --format {format} contradict each other',

  // Other errors (one line each; the detail is the system's own words).
  'cli.error.bad_config': 'appleid-doctor: bad config: {error}{more, plural, =0 {} other { (and # more)}}',
  'cli.error.managed': 'appleid-doctor: {problem}',
  'cli.error.report_unreadable': 'appleid-doctor: {path}: cannot be read',
  'cli.error.report_invalid': 'appleid-doctor: {path}: not an {schema} report ({where}: {detail})',
  'cli.error.report_not_json': 'appleid-doctor: {path}: not valid JSON ({detail})',
  'cli.error.cannot_write': 'appleid-doctor: cannot write --output {detail}',

  // The human report.
  'cli.light.green': '● GREEN',
  'cli.light.amber': '▲ AMBER',
  'cli.light.red': '■ RED',
  'cli.fix.heading': 'How to fix: {title}',
  'cli.more_fixes': '+{n, plural, one {# more fix} other {# more fixes}} ({names}): appleid-doctor --all',
  'cli.footer':
    'Checked in {duration}{skipped, plural, =0 {} one { · # macOS check not checked on {os}} other { · # macOS checks not checked on {os}}} · --json for the full report',

  // "What Apple’s software said" (the apple-log check's events, newest first).
  'cli.apple-log.heading': 'What Apple’s software said',
  'cli.apple-log.line': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning} ({relation})',
  'cli.apple-log.line_cause': '{time}  {process}  {code}{count, plural, =1 {} other { ×#}} — {meaning} ({relation}: {cause})',
  'cli.apple-log.no_meaning': 'no meaning known',
  'cli.apple-log.more': '… {n} more in --json',
  'cli.apple-log.relation.primary': 'not explained by any network check',
  'cli.apple-log.relation.explained': 'explained by the live checks',
  'cli.apple-log.relation.corroborates': 'the live checks see it now',
  'cli.apple-log.relation.history': 'works now',
  'cli.apple-log.relation.info': 'for the record',
} as const;
