/**
 * Node parses its built-in root certificates (~146 PEMs, ~0.3 ms each with OpenSSL 3) the first
 * time a process makes any secure context, and keeps them for the whole process: a static vector
 * behind a mutex shared by every thread (nodejs/node src/crypto/crypto_context.cc,
 * `NewRootCertStore`). In a CLI run that parse was ~40 ms on the main thread right before the
 * first probe could start. Started first thing, a worker thread does it on another core while
 * this one reads and compiles the CLI; the engine's own secure context then only takes references
 * to certificates already parsed (or waits on the mutex for the rest of the parse, never longer
 * than doing it itself). The worker's own start-up costs CPU on that other core (~30–70 ms
 * measured on a 2-core Linux VM); every Mac Node 20 runs on has at least two cores.
 *
 * Only for runs that reach the network: `--help`, `fix` and `--from-report` never build a context.
 */

/** True when this command line will run a diagnosis (an unsure guess only costs or saves the warm-up). */
export function runsDiagnosis(args: readonly string[]): boolean {
  if (args[0] === 'fix') return false;
  return !args.some((a) => a === '--help' || a === '-h' || a === '--from-report' || a.startsWith('--from-report='));
}

/**
 * Start parsing Node's root store on a worker thread. Never keeps the process alive, never throws;
 * the promise (for tests; the binary ignores it) says whether the worker built its context.
 */
export function warmRootStore(): Promise<boolean> {
  try {
    // Required here: `--version` and `--help` never load node:worker_threads.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const worker = new Worker("require('node:tls').createSecureContext()", { eval: true, stdout: true, stderr: true });
    worker.unref();
    return new Promise((resolve) => {
      // A failure here only means the engine parses the store itself, as it would have anyway.
      worker.on('error', () => resolve(false));
      worker.on('exit', (code) => resolve(code === 0));
    });
  } catch {
    // Workers unavailable (a very constrained runtime): nothing is lost but the head start.
    return Promise.resolve(false);
  }
}
