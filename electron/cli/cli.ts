#!/usr/bin/env node
import { version as APP_VERSION } from '../../package.json';
/**
 * `appleid-doctor` — the terminal face of the engine, for people and Mac fleets.
 * Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 66 unreadable --from-report, 73 cannot write
 * --output, 78 bad config; errors are one line, never a stack trace.
 */
import type { Config } from '../../shared/config';
import { localeFromEnv, type UiLocale } from '../../shared/i18n/locales';
import type { Translator } from '../../shared/i18n/translator';
import type { Report } from '../../shared/report';
import { parseArgs, usage, usageMessage } from './args';
import type { FixIo } from './fix-command';

// Start-up cost is paid per invocation: only argument parsing loads eagerly. The engine, the
// config schema (zod), the formatters and the redaction load on the paths that use them, so
// `--version` and `--help` never build a schema (esbuild keeps `import()` lazy inside the bundle).
// Catalogs load only when text for a person is printed (help, errors, the human report): `--json`
// and the fleet formats never format a message.
const EXIT_USAGE = 64;

/** The translator for `--lang`, else the terminal's locale (LC_ALL, LC_MESSAGES, LANG). */
async function translator(lang: UiLocale | null | undefined, env: NodeJS.ProcessEnv): Promise<Translator> {
  const { loadTranslator } = await import('../../shared/i18n/translator');
  return loadTranslator(lang ?? localeFromEnv(env));
}

/** Run the CLI; resolves with the exit status. Exported for tests. */
export async function main(argv: readonly string[], io: FixIo): Promise<number> {
  // `fix` has its own options and exit statuses (electron/cli/fix-command.ts).
  if (argv[0] === 'fix') {
    const [{ runFixCommand }, t] = await Promise.all([import('./fix-command'), translator(null, io.env)]);
    return runFixCommand(argv.slice(1), io, t);
  }
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${usage(await translator(parsed.lang, io.env))}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    // One line: what was wrong and where to look.
    const t = await translator(parsed.lang, io.env);
    io.stderr.write(`${t.t('cli.usage.line', { error: usageMessage(t, parsed) })}\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  // Errors and the text report speak the person's language; machine formats need no translator.
  let t: Translator | null = null;
  const words = async () => {
    t ??= await translator(options.lang, io.env);
    return t;
  };
  const [{ resolveConfig }, { loadConfigFile }, { EXIT_CODES }] = await Promise.all([
    import('../../shared/config'),
    import('../service/config-file'),
    import('../../shared/report'),
  ]);
  const loaded = options.configPath ? await loadConfigFile(options.configPath) : resolveConfig({});
  if (!loaded.ok) {
    io.stderr.write(`${(await words()).t('cli.error.bad_config', { error: loaded.errors[0] ?? '', more: loaded.errors.length - 1 })}\n`);
    return EXIT_CODES.config;
  }
  const [{ createRealDeps }, { runDiagnosis }, emit] = await Promise.all([import('../engine/deps'), import('../engine/run-diagnosis'), import('./emit')]);
  const config: Config = await emit.withManagedConfig(loaded.config, io, words);

  let report: Report;
  if (options.fromReport) {
    const saved = await emit.loadReportFile(options.fromReport);
    if (!saved.ok) {
      const w = await words();
      io.stderr.write(`${w.t(saved.error.key, saved.error.values)}\n`);
      return emit.EXIT_NO_INPUT;
    }
    report = saved.report;
  } else {
    report = await runDiagnosis({ config, deps: createRealDeps(config), only: options.only ?? undefined, signal: new AbortController().signal });
  }
  const format = options.format ?? (options.json ? 'json' : 'text');
  const failed = await emit.emitReport(report, options, io, APP_VERSION, format === 'text' ? await words() : null, words);
  return failed ?? EXIT_CODES[report.verdict.light];
}

/** True when this module is the program being run (tsx, node, or the bundled dist/cli.cjs). */
function isEntryPoint(): boolean {
  const entry = process.argv[1] ?? '';
  return /(^|[\\/])cli\.(ts|js|cjs|mjs)$/.test(entry) || /appleid-doctor$/.test(entry);
}

/**
 * Exit as soon as the answer is written. The probes release their sockets, timers and c-ares
 * queries on every exit path, but a system-resolver lookup (getaddrinfo) cannot be cancelled once
 * started (nodejs/node#62503) and would hold the process open after the report is out.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

if (isEntryPoint()) {
  const argv = process.argv.slice(2);
  main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stdout.isTTY),
    // Only `fix` asks questions; other commands never touch stdin.
    ...(argv[0] === 'fix' ? { stdin: process.stdin, stdinIsTTY: Boolean(process.stdin.isTTY) } : {}),
    env: process.env,
    columns: process.stdout.columns,
  })
    .then(exitWhenFlushed)
    .catch((err: unknown) => {
      // Last resort: the engine never rejects, so this is our bug; still one line, no stack.
      process.stderr.write(`appleid-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      exitWhenFlushed(70);
    });
}
