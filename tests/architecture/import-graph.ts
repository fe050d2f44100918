/**
 * The module graph of the product's own code (electron/, shared/, renderer/), read from the
 * sources: every static `import … from`, `export … from`, side-effect `import '…'` and dynamic
 * `import('…')` with a relative specifier, resolved to a file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const EXTS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Repo-relative source files of the product (no tests, no build tooling). */
export function productFiles(): string[] {
  return ['electron', 'shared', 'renderer']
    .flatMap((d) => walk(path.join(ROOT, d), []))
    .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
    .filter((f) => !f.endsWith('vite.config.ts'));
}

/** Relative imports of one file, resolved to repo-relative paths (bare packages are skipped). */
export function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(SPEC)) {
    const spec = m[2]!;
    if (!spec.startsWith('.')) continue;
    const base = path.join(path.dirname(path.join(ROOT, file)), spec);
    const hit = [base, ...EXTS.map((e) => base + e)].find((p) => existsSync(p) && statSync(p).isFile());
    out.push(hit ? path.relative(ROOT, hit).split(path.sep).join('/') : `${path.relative(ROOT, base)} (unresolved)`);
  }
  return out;
}

/** file → its resolved relative imports. */
export function importGraph(files = productFiles()): Map<string, string[]> {
  return new Map(files.map((f) => [f, importsOf(f)]));
}

/** Every import cycle (each reported once, as a path that returns to its start). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const dep of graph.get(f) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep]);
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}
