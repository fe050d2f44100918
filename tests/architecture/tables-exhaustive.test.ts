/**
 * "Adding a cause or a check without deciding everything about it fails to compile": compile the
 * engine with one extra cause and one extra check id patched into the vocabularies (in memory, the
 * files on disk are untouched) and expect TypeScript to name every table that lacks an entry.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './import-graph';

const CAUSES = path.join(ROOT, 'shared/causes.ts');
const CHECKS = path.join(ROOT, 'shared/checks.ts');

function compileWith(patch: (file: string, text: string) => string): readonly ts.Diagnostic[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const host = ts.createCompilerHost(parsed.options);
  const read = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = read(file);
    return text === undefined ? text : patch(path.resolve(file), text);
  };
  const roots = [
    'electron/engine/run-diagnosis.ts',
    'shared/cause-info.ts',
    'shared/fixes/cause-map.ts',
    'shared/cause-text.ts',
    'renderer/lib/evidence.ts',
  ].map((f) => path.join(ROOT, f));
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program);
}

const filesWithErrors = (diags: readonly ts.Diagnostic[]) =>
  [...new Set(diags.filter((d) => d.category === ts.DiagnosticCategory.Error && d.file).map((d) => path.relative(ROOT, d.file!.fileName)))].sort();

describe('one table per concept, each exhaustive', () => {
  // One compile with both patches (the baseline — the tree as it is compiles — is `npm run typecheck`).
  it('a new cause without its rank, text and fix cards, and a new check without a registry entry and a title, fail to compile in each table', () => {
    const diags = compileWith((f, t) => {
      if (f === CAUSES) return t.replace(/,\n\] as const/, ",\n  'dns.new_for_test',\n] as const");
      if (f === CHECKS) return t.replace(/,\n\] as const/, ",\n  'new-for-test',\n] as const");
      return t;
    });
    // types.ts and report.ts: the new check has no evidence type in `CheckDataMap` yet.
    expect(filesWithErrors(diags)).toEqual([
      'electron/engine/registry.ts',
      'electron/engine/types.ts',
      'renderer/lib/evidence.ts',
      'shared/cause-info.ts',
      'shared/cause-text.ts',
      'shared/checks.ts',
      'shared/fixes/cause-map.ts',
      'shared/report.ts',
    ]);
  }, 180_000);
});
