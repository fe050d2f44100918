import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph';
import { LAYERS, layerOf, violation } from './layers';

const graph = importGraph();

describe('dependencies point one way', () => {
  it('every product file belongs to a layer', () => {
    expect([...graph.keys()].filter((f) => layerOf(f) === -1)).toEqual([]);
  });

  it('no module imports from a higher layer, no face imports another, the renderer imports only shared/', () => {
    const bad = [...graph].flatMap(([from, deps]) => deps.flatMap((to) => (violation(from, to) ? [`${from} → ${to}: ${violation(from, to)}`] : [])));
    expect(bad).toEqual([]);
  });

  it('there is no import cycle', () => {
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('every relative import resolves to a file', () => {
    expect([...graph.values()].flat().filter((d) => d.endsWith('(unresolved)'))).toEqual([]);
  });

  // The checker itself: it must see what it is there to see.
  it('flags an upward import, a face importing a face and the renderer importing electron/', () => {
    expect(violation('electron/engine/system/command-runner.ts', 'electron/engine/verdict.ts')).toMatch(/higher layer/);
    expect(violation('electron/engine/probes/dial.ts', 'electron/engine/types.ts')).toMatch(/higher layer/);
    expect(violation('electron/preview/cli.ts', 'electron/cli/cli.ts')).toMatch(/faces/);
    expect(violation('renderer/App.tsx', 'electron/preview/server.ts')).toMatch(/renderer/);
    expect(violation('shared/report.ts', 'renderer/main.tsx')).toMatch(/renderer/);
    expect(violation('electron/engine/checks/clock.ts', 'shared/presentation.ts')).toBeNull();
    expect(LAYERS.map((l) => l.name)).toContain('engine seams');
  });

  it('finds a cycle in a toy graph', () => {
    const toy = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(toy)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
