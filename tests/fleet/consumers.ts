/**
 * The real consumers of the fleet formats, driven from tests: ajv over the published JSON Schema,
 * `promtool check metrics`, `plistutil`, and a node_exporter with only its textfile collector.
 * On CI (`CI=true`, where .ci/run installs them) a missing tool is a failure, never a skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPORT_SCHEMA_FILE } from '../../build/fleet/report-schema';

/** Absolute path of a tool on PATH, or null. */
export function which(tool: string): string | null {
  const r = spawnSync('/bin/sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** True when a test needing `tool` may run; throws on CI when it is missing. */
export function haveTool(tool: string): boolean {
  const found = which(tool) !== null;
  if (!found && process.env.CI) throw new Error(`${tool} is missing on CI; .ci/run installs it`);
  return found;
}

let validator: (((data: unknown) => boolean) & { errors?: unknown }) | null = null;

/** Validation errors of `report` against the committed build/fleet/report.schema.json ([] = valid). */
export function publishedSchemaErrors(report: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    validator = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_FILE, 'utf8')));
  }
  if (validator(report)) return [];
  return ((validator.errors as { instancePath: string; message?: string }[] | undefined) ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** `promtool check metrics` over stdin: exit status and what it printed. */
export function promtoolCheck(text: string): { status: number | null; output: string } {
  const r = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** `plistutil` (libplist) reads the file and writes it back as XML; status 0 = it parsed. */
export function plistutilParses(file: string): { status: number | null; output: string } {
  const r = spawnSync('plistutil', ['-i', file, '-o', '-', '-f', 'xml'], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A port free on 127.0.0.1 right now (bound to 0, then released). */
export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Start node_exporter on 127.0.0.1 with only the textfile collector over `dir`; resolves once it answers. */
export async function startNodeExporter(dir: string): Promise<{ url: string; scrape(): Promise<string>; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(
    'prometheus-node-exporter',
    [`--web.listen-address=127.0.0.1:${port}`, '--collector.disable-defaults', '--collector.textfile', `--collector.textfile.directory=${dir}`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const url = `http://127.0.0.1:${port}/metrics`;
  const scrape = async () => {
    const res = await fetch(url);
    return res.text();
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await scrape();
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill();
        throw new Error(`node_exporter did not start: ${stderr.slice(-500)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    scrape,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
