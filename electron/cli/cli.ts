#!/usr/bin/env node
import { version as APP_VERSION } from '../../package.json';
/**
 * `appleid-doctor` — the terminal face of the engine, for people and Mac fleets.
 * Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 66 unreadable --from-report, 73 cannot write
 * --output, 78 bad config; errors are one line, never a stack trace.
 */
import type { Config } from '../../shared/config';
import type { Report } from '../../shared/report';
import { parseArgs, USAGE } from './args';
import type { FixIo } from './fix-command';

// Start-up cost is paid per invocation: only argument parsing loads eagerly. The engine, the
// config schema (zod), the formatters and the redaction load on the paths that use them, so
// `--version` and `--help` never build a schema (esbuild keeps `import()` lazy inside the bundle).
const EXIT_USAGE = 64;

/** Run the CLI; resolves with the exit status. Exported for tests. */
export async function main(argv: readonly string[], io: FixIo): Promise<number> {
  // `fix` has its own options and exit statuses (electron/cli/fix-command.ts).
  if (argv[0] === 'fix') {
    const [{ runFixCommand }, { EN }] = await Promise.all([import('./fix-command'), import('../../shared/i18n')]);
    return runFixCommand(argv.slice(1), io, EN);
  }
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${APP_VERSION}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    // One line: what was wrong and where to look.
    io.stderr.write(`appleid-doctor: ${parsed.message} (see appleid-doctor --help)\n`);
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const [{ resolveConfig }, { loadConfigFile }, { EXIT_CODES }] = await Promise.all([
    import('../../shared/config'),
    import('../service/config-file'),
    import('../../shared/report'),
  ]);
  const loaded = options.configPath ? await loadConfigFile(options.configPath) : resolveConfig({});
  if (!loaded.ok) {
    io.stderr.write(`appleid-doctor: bad config: ${loaded.errors[0]}${loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more)` : ''}\n`);
    return EXIT_CODES.config;
  }
  const [{ createRealDeps }, { runDiagnosis }, emit] = await Promise.all([import('../engine/deps'), import('../engine/run-diagnosis'), import('./emit')]);
  const config: Config = await emit.withManagedConfig(loaded.config, io);

  let report: Report;
  if (options.fromReport) {
    const saved = await emit.loadReportFile(options.fromReport);
    if (!saved.ok) {
      io.stderr.write(`appleid-doctor: ${saved.error}\n`);
      return emit.EXIT_NO_INPUT;
    }
    report = saved.report;
  } else {
    report = await runDiagnosis({ config, deps: createRealDeps(config), only: options.only ?? undefined, signal: new AbortController().signal });
  }
  const failed = await emit.emitReport(report, options, io, APP_VERSION);
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
