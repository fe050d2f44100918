#!/usr/bin/env node
/**
 * Draws the tray template images (assets/tray*Template.png + @2x) and a preview drawing of the
 * four states (assets/tray-states.svg, for the README). Template images are black + alpha only:
 * macOS recolours them for light/dark menu bars, so the states differ by SHAPE, not colour
 * (Electron docs/api/native-image.md "Template Image"; docs/api/tray.md: 16×16 @72 dpi and
 * 32×32 @144 dpi). Anti-aliased by 4×4 supersampling; PNGs written with node:zlib, no deps.
 *
 * Run: node build/make-tray-icons.mjs   (the PNGs are committed; re-run after changing a shape)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'assets');

// ---- geometry, in a 16×16 logical box ---------------------------------------------------------

const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - w;
};
function segDist(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}
const stroke = (points, w) => (x, y) => points.slice(1).some((p, i) => segDist(x, y, points[i], p) <= w / 2);
function triangle([ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy, x, y) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);
const both = (a, b) => (x, y) => a(x, y) && b(x, y);

/** The four states. Each must stay recognisable in monochrome at 16 px. */
export const SHAPES = {
  // "…": three dots — a check is in progress, nothing known yet.
  Checking: union(disc(3.2, 8, 1.7), disc(8, 8, 1.7), disc(12.8, 8, 1.7)),
  // Solid disc with a tick knocked out — sign-in works.
  Ok: minus(
    disc(8, 8, 7),
    stroke(
      [
        [4.6, 8.2],
        [7, 10.6],
        [11.4, 5.6],
      ],
      1.8,
    ),
  ),
  // Solid warning triangle with "!" knocked out — works, but something is off.
  Warn: minus(
    triangle([8, 0.8], [15.4, 14.6], [0.6, 14.6]),
    union(
      stroke(
        [
          [8, 5.2],
          [8, 9.6],
        ],
        1.8,
      ),
      disc(8, 12.2, 1.05),
    ),
  ),
  // Ring with a slash (⊘) — cannot sign in.
  Down: union(
    ring(8, 8, 7, 1.9),
    both(
      disc(8, 8, 6.5),
      stroke(
        [
          [3, 13],
          [13, 3],
        ],
        1.9,
      ),
    ),
  ),
};

/** Alpha coverage (0–255) of a shape rendered at `scale` px per logical unit. */
export function rasterize(shape, scale, n = 4) {
  const size = 16 * scale;
  const alpha = new Uint8Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hit = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          if (shape((px + (sx + 0.5) / n) / scale, (py + (sy + 0.5) / n) / scale)) hit++;
        }
      }
      alpha[py * size + px] = Math.round((255 * hit) / (n * n));
    }
  }
  return { size, alpha };
}

// ---- PNG --------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA PNG of black pixels with the given alpha, tagged with its density (72 or 144 dpi). */
export function encodeTemplatePng({ size, alpha }, dpi) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const phys = Buffer.alloc(9);
  const ppm = Math.round(dpi / 0.0254);
  phys.writeUInt32BE(ppm, 0);
  phys.writeUInt32BE(ppm, 4);
  phys[8] = 1; // unit: metre
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) raw[row + 1 + x * 4 + 3] = alpha[y * size + x];
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- preview drawing for the README --------------------------------------------------------------

function previewSvg(pngs2x) {
  const labels = { Checking: 'Checking…', Ok: 'Sign-in works', Warn: 'Works, with a problem', Down: 'Cannot sign in' };
  const names = Object.keys(SHAPES);
  const col = 180;
  const width = col * names.length + 20;
  const strip = (y, dark) => {
    const bg = dark ? '#2b2b2e' : '#ececec';
    const fg = dark ? '#f2f2f2' : '#1d1d1f';
    const cells = names
      .map((name, i) => {
        const x = 20 + i * col;
        const img = `<image x="${x}" y="${y + 10}" width="32" height="32" href="data:image/png;base64,${pngs2x[name].toString('base64')}"${dark ? ' filter="url(#white)"' : ''}/>`;
        return `${img}<text x="${x + 42}" y="${y + 31}" fill="${fg}" font-family="-apple-system, Helvetica, Arial, sans-serif" font-size="12">${labels[name]}</text>`;
      })
      .join('');
    return `<rect x="0" y="${y}" width="${width}" height="52" fill="${bg}"/>${cells}`;
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="104" viewBox="0 0 ${width} 104">
<title>Apple ID Doctor tray icon states (light and dark menu bar)</title>
<defs><filter id="white"><feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 1 0"/></filter></defs>
${strip(0, false)}
${strip(52, true)}
</svg>
`;
}

function main() {
  mkdirSync(outDir, { recursive: true });
  const pngs2x = {};
  for (const [name, shape] of Object.entries(SHAPES)) {
    const one = encodeTemplatePng(rasterize(shape, 1), 72);
    const two = encodeTemplatePng(rasterize(shape, 2), 144);
    writeFileSync(join(outDir, `tray${name}Template.png`), one);
    writeFileSync(join(outDir, `tray${name}Template@2x.png`), two);
    pngs2x[name] = two;
  }
  writeFileSync(join(outDir, 'tray-states.svg'), previewSvg(pngs2x));
  console.log(`wrote ${Object.keys(SHAPES).length * 2} tray PNGs and tray-states.svg to ${outDir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
