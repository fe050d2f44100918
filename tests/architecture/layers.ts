/**
 * The layers of the product, bottom first. A module may import from its own layer or a lower one,
 * never from a higher one; the faces (CLI, Electron shell, preview) do not import each other; the
 * renderer imports only itself and `shared/`.
 */
export const LAYERS: readonly { name: string; match: RegExp }[] = [
  { name: 'package manifest', match: /^package\.json$/ },
  { name: 'shared', match: /^shared\// },
  { name: 'engine seams', match: /^electron\/engine\/(seams|deadline)\.ts$/ },
  { name: 'engine/system', match: /^electron\/engine\/system\// },
  { name: 'engine/probes', match: /^electron\/engine\/probes\// },
  { name: 'engine/checks', match: /^electron\/engine\/(checks\/|types\.ts$)/ },
  { name: 'engine', match: /^electron\/engine\/[^/]+\.ts$/ },
  { name: 'report', match: /^electron\/report\// },
  { name: 'service', match: /^electron\/service\// },
  { name: 'face:cli', match: /^electron\/cli\// },
  { name: 'face:shell', match: /^electron\/shell\// },
  { name: 'face:preview', match: /^electron\/preview\// },
  { name: 'renderer', match: /^renderer\// },
];

/** The layer index of a repo-relative file (-1 = not in any layer). */
export function layerOf(file: string): number {
  return LAYERS.findIndex((l) => l.match.test(file));
}

/** Why `from` may not import `to`, or null when it may. */
export function violation(from: string, to: string): string | null {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === -1 || b === -1) return `${a === -1 ? from : to} is in no layer`;
  const la = LAYERS[a]!.name;
  const lb = LAYERS[b]!.name;
  if (la === 'renderer') return lb === 'renderer' || lb === 'shared' || lb === 'package manifest' ? null : 'the renderer talks only to the bridge and shared/';
  if (lb === 'renderer') return 'nothing imports the renderer';
  if (la.startsWith('face:') && lb.startsWith('face:') && la !== lb) return 'faces do not import each other';
  if (b > a) return `${la} may not import from ${lb} (a higher layer)`;
  return null;
}
