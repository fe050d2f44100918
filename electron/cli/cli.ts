#!/usr/bin/env node
/**
 * `appleid-doctor` — the terminal face of the engine, for people and Mac fleets.
 * Exit status: 0 green, 1 amber, 2 red, 64 bad usage, 78 bad config; errors are one line, never
 * a stack trace.
 */
import { type Config, resolveConfig } from '../../shared/config';
import { EXIT_CODES, type Report } from '../../shared/report';
import { USAGE, parseArgs } from './args';
import { formatHuman } from './format';
import { loadConfigFile } from './config-file';
import { createRealDeps } from '../engine/deps';
import { runDiagnosis } from '../engine/run-diagnosis';
import { redactReport } from '../report/redact';

declare const __APP_VERSION__: string | undefined;

/** Run the CLI; resolves with the exit status. Exported for tests. */
export async function main(argv: readonly string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean; env: NodeJS.ProcessEnv; columns?: number }): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev'}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    // One line: what was wrong and where to look.
    io.stderr.write(`appleid-doctor: ${parsed.message} (see appleid-doctor --help)\n`);
    return EXIT_CODES.usage;
  }
  const { options } = parsed;
  let config: Config;
  const loaded = options.configPath ? await loadConfigFile(options.configPath) : resolveConfig({});
  if (!loaded.ok) {
    io.stderr.write(`appleid-doctor: bad config: ${loaded.errors[0]}${loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more)` : ''}\n`);
    return EXIT_CODES.config;
  }
  config = loaded.config;

  const controller = new AbortController();
  const report: Report = await runDiagnosis({
    config,
    deps: createRealDeps(config),
    only: options.only ?? undefined,
    signal: controller.signal,
  });
  if (options.json) {
    const out = options.includePersonal ? report : redactReport(report);
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const color = options.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
    // Wrap to the terminal's width; piped output is never wrapped or cut (COLUMNS overrides).
    const columns = Number(io.env.COLUMNS) || (io.isTTY ? io.columns : undefined) || null;
    io.stdout.write(formatHuman(report, { color, width: columns, allCards: options.allCards }));
  }
  return EXIT_CODES[report.verdict.light];
}

/** True when this module is the program being run (tsx, node, or the bundled dist/cli.cjs). */
function isEntryPoint(): boolean {
  const entry = process.argv[1] ?? '';
  return /(^|[\\/])cli\.(ts|js|cjs|mjs)$/.test(entry) || /appleid-doctor$/.test(entry);
}

if (isEntryPoint()) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY), env: process.env, columns: process.stdout.columns })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((err: unknown) => {
      // Last resort: the engine never rejects, so this is our bug; still one line, no stack.
      process.stderr.write(`appleid-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 70;
    });
}
