/**
 * English source texts: namespace `repair` (see shared/i18n/namespaces.ts). Keys start with `repair.`.
 * The one-click repairs' words (button, what it does, the "Fixed" line), the consent words built in
 * the main process, the outcomes, the steps-log lines, and `appleid-doctor fix`.
 * `{face, select, cli {…} other {…}}` picks where the person goes next: the card's steps in the
 * app, `appleid-doctor check` in a terminal.
 */
export const repair = {
  'repair.flush-dns.button': 'Clear the DNS cache',
  'repair.flush-dns.does': 'Makes this Mac forget the DNS answers it kept, so it asks again. It changes no settings.',
  'repair.flush-dns.fixed': 'Fixed — Apple’s sign-in servers are found and answer again.',
  'repair.proxy-off.button': 'Turn off the proxy',
  'repair.proxy-off.does':
    'Switches off the proxy that does not answer, on the network service it is set on. The old values are kept so you can turn it back on.',
  'repair.proxy-off.fixed': 'Fixed — Apple’s sign-in servers answer again.',
  'repair.proxy-on.button': 'Turn the proxy back on',
  'repair.proxy-on.does': 'Puts back the proxy settings this app switched off, exactly as they were.',
  'repair.proxy-on.fixed': 'The proxy is back on and Apple’s sign-in servers still answer.',
  'repair.auto-time-on.button': 'Set the time automatically',
  'repair.auto-time-on.does': 'Turns on “Set time and date automatically” with Apple’s time server, time.apple.com.',
  'repair.auto-time-on.fixed': 'Fixed — this Mac sets its clock from time.apple.com again.',

  'repair.plan.target':
    '{kind, select, web {the web proxy (HTTP) {server}} secure {the secure web proxy (HTTPS) {server}} socks {the SOCKS proxy {server}} other {the automatic proxy configuration}} on “{service}”',
  'repair.plan.proxy-off': 'Turns off {targets}. The old values are kept so you can turn it back on.',
  'repair.plan.proxy-on': 'Puts back {targets}, as it was before this app turned it off.',

  'repair.manual.prepare-failed':
    'This app could not prepare the repair ({error}). {face, select, cli {Run appleid-doctor check to see the manual steps.} other {Use the steps below instead.}}',
  'repair.manual.no-dead-proxy':
    'The last check did not find a system proxy that fails. {face, select, cli {Run appleid-doctor check again, or follow the steps it shows.} other {Check again, or use the steps below.}}',
  'repair.manual.no-services':
    'This app could not read the list of network services. {face, select, cli {Run appleid-doctor check to see the manual steps.} other {Use the steps below instead.}}',
  'repair.manual.unsafe-service':
    'The proxy is set on a network service whose name this app does not put into an administrator command. {face, select, cli {Turn it off in System Settings › Network.} other {Use the steps below to turn it off in System Settings.}}',
  'repair.manual.service-not-found':
    'This app could not find which network service the proxy is set on. {face, select, cli {Turn it off in System Settings › Network.} other {Use the steps below to turn it off in System Settings.}}',
  'repair.manual.nothing-saved': 'There is no proxy this app turned off. Use System Settings › Network to set one.',
  'repair.manual.no-services-undo': 'This app could not read the list of network services. Use System Settings › Network instead.',
  'repair.manual.service-unusable': 'The network service “{service}” cannot be used: {problem}. Use System Settings › Network instead.',
  'repair.manual.unsafe-server': 'The saved proxy server is not one this app puts into a command. Use System Settings › Network instead.',
  'repair.service.bad-characters': 'its name has characters this app does not put into an administrator command',
  'repair.service.not-listed': 'it is not one of the network services this Mac lists',

  'repair.run.expired': 'This repair was prepared too long ago. {face, select, cli {Run the command again.} other {Press its button again.}}',
  'repair.run.cancelled': 'Nothing was changed: the password prompt was cancelled.',
  'repair.run.failed':
    'That did not work: {reason}. {face, select, cli {Run appleid-doctor check to see the manual steps.} other {Use the steps below instead.}}',
  'repair.run.recheck-failed':
    'The repair ran, but the re-check could not run ({error}). {face, select, cli {Run appleid-doctor check.} other {Press Check now.}}',
  'repair.run.still-wrong': 'Still wrong — {check}: {summary}',
  'repair.run.unknown': 'The repair ran, but the checks could not tell whether it worked.',
  'repair.reason.spawn': 'the administrator prompt could not be started ({error})',
  'repair.reason.timeout': 'no answer in time; the repair was stopped',
  'repair.reason.status': 'exit status {status}',

  'repair.step.cancelled': '“{title}”: password prompt cancelled — nothing was changed',
  'repair.step.failed': '“{title}” failed: {reason}',
  'repair.step.recheck-failed': '“{title}” ran; the re-check could not run',
  'repair.step.ran': '“{title}” ran — {result}',

  'repair.cli.usage': `Usage: appleid-doctor fix [ID] [options]

Without ID: checks this Mac and lists the repairs that apply to what it found.
With ID: shows what the repair does and the exact command, asks you, runs it through
macOS's administrator password prompt, then checks again and says whether it worked.

Repairs: {ids}

Options:
  --dry-run        Print exactly what would run; change nothing
  -y, --yes        Agree in advance (needed when there is no terminal to ask in)
  --json           Print the result as JSON (schema appleid-doctor/fix@1)
  --config FILE    Use a JSON config file (as appleid-doctor check)
  --data-dir DIR   Where the app keeps its steps log and the proxy values to put back
                   (default: {dataDir})
  -h, --help       Show this help

Exit status, listing: 0 green, 1 amber, 2 red (as appleid-doctor check).
Exit status, with ID: 0 fixed, 1 still wrong, 2 the repair failed, 3 nothing was changed
(you said no, or cancelled the password prompt), 4 it ran but the checks could not tell,
5 it does not apply now or this app cannot do it here (the manual steps apply);
--dry-run: 0 it would run, 5 as above. Always: 64 bad usage (or no terminal and no --yes),
69 repairs need macOS, 78 bad config.`,
  'repair.cli.usage-error': 'appleid-doctor fix: {message} (see appleid-doctor fix --help)',
  'repair.cli.bad-config': 'appleid-doctor: bad config: {error}{more, plural, =0 {} other { (and # more)}}',
  'repair.cli.arg.no-value': '{flag} takes no value',
  'repair.cli.arg.needs-value': '{flag} needs {what, select, file {a file path} other {a folder path}}',
  'repair.cli.arg.unknown': 'unknown option "{option}"',
  'repair.cli.arg.one-at-a-time': 'one repair at a time (got "{first}" and "{second}")',
  'repair.cli.arg.needs-id': '{flag} needs a repair id, e.g. appleid-doctor fix flush-dns --dry-run',
  'repair.cli.arg.dry-run-yes': '--dry-run and --yes contradict each other (a dry run changes nothing)',
  'repair.cli.unknown-id': 'unknown repair "{id}" (known: {ids})',
  'repair.cli.needs-macos':
    'Repairs need macOS: they change this Mac’s settings with macOS’s own tools (networksetup, systemsetup, dscacheutil) after its administrator password prompt. This computer runs {os}; nothing was changed.',
  'repair.cli.list.heading': '{n, plural, one {One repair applies} other {# repairs apply}} to what the check found: {headline}',
  'repair.cli.list.none': 'No repair applies to what the check found: {headline}',
  'repair.cli.list.how': 'Run one with: appleid-doctor fix ID (add --dry-run to see exactly what would run)',
  'repair.cli.list.card': 'Fix card: {card}',
  'repair.cli.list.undo': 'Puts back what “{title}” turned off',
  'repair.cli.list.manual': 'This app cannot do it here: {reason}',
  'repair.cli.not-applicable': '“{title}” does not apply to what the check found: {headline}. Nothing was changed.',
  'repair.cli.applicable': 'Repairs that apply: {ids}',
  'repair.cli.applicable-none': 'No repair applies now.',
  'repair.cli.cannot': 'This app cannot do “{title}” here. Nothing was changed.',
  'repair.cli.command-intro': 'This exact command will run as administrator; macOS asks for your password first:',
  'repair.cli.dry-run-intro': 'Dry run — nothing was changed. This exact command would run as administrator (macOS would ask for your password first):',
  'repair.cli.ask': 'Go ahead? [y/N] ',
  'repair.cli.yes-words': 'y|yes',
  'repair.cli.no-tty': 'refusing to change this Mac without asking: run it in a terminal to be asked, or add --yes to agree in advance. Nothing was changed.',
  'repair.cli.declined': 'Nothing was changed.',
  'repair.cli.waiting': 'Waiting for the macOS password prompt…',
  'repair.cli.checking': 'Checking again: {checks}…',
  'repair.cli.undo': 'To put it back: appleid-doctor fix {id}',
  'repair.cli.now': 'The check now says: {headline}',

  'repair.steps.title': 'Steps already tried',
  'repair.steps.hint': 'What you did in this app, with the time. Apple Support asks for this list; it is in the report too.',
  'repair.steps.none': 'Nothing yet. Opening a setting, copying a command, running a repair or checking again is listed here with its time.',
  'repair.steps.earlier': '{n, plural, one {# earlier step is} other {# earlier steps are}} in the report.',
  'repair.steps.light': '{light, select, green {green} amber {amber} other {red}} afterwards',
  'repair.steps.error': 'Could not read the steps: {error}',
} as const;
