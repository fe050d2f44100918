import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_FILES } from '../../electron/shell/tray';

const assets = join(__dirname, '..', '..', 'assets');

/** Minimal PNG reader for our own files (8-bit RGBA, filter 0) — enough to inspect pixels. */
function readPng(file: string) {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let i = 8;
  let w = 0;
  let h = 0;
  let colorType = -1;
  let dpi = 0;
  const idat: Buffer[] = [];
  while (i < b.length) {
    const len = b.readUInt32BE(i);
    const type = b.toString('ascii', i + 4, i + 8);
    const data = b.subarray(i + 8, i + 8 + len);
    if (type === 'IHDR') {
      w = data.readUInt32BE(0);
      h = data.readUInt32BE(4);
      colorType = data[9]!;
    }
    if (type === 'pHYs') dpi = Math.round(data.readUInt32BE(0) * 0.0254);
    if (type === 'IDAT') idat.push(data);
    i += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = (x: number, y: number) => {
    const o = y * (1 + w * 4) + 1 + x * 4;
    return [raw[o]!, raw[o + 1]!, raw[o + 2]!, raw[o + 3]!];
  };
  return { w, h, colorType, dpi, rgba };
}

const mask = (file: string) => {
  const p = readPng(file);
  const m: number[] = [];
  for (let y = 0; y < p.h; y++) for (let x = 0; x < p.w; x++) m.push(p.rgba(x, y)[3]! > 127 ? 1 : 0);
  return m;
};

describe('tray template images', () => {
  it.each(Object.values(TRAY_ICON_FILES))('%s: 16 px @72 dpi + 32 px @144 dpi, black + alpha only', (file) => {
    const one = readPng(join(assets, file));
    const two = readPng(join(assets, file.replace('.png', '@2x.png')));
    expect([one.w, one.h, one.dpi, one.colorType]).toEqual([16, 16, 72, 6]);
    expect([two.w, two.h, two.dpi]).toEqual([32, 32, 144]);
    for (const p of [one, two]) {
      let opaque = 0;
      for (let y = 0; y < p.h; y++) {
        for (let x = 0; x < p.w; x++) {
          const [r, g, b, a] = p.rgba(x, y);
          expect([r, g, b]).toEqual([0, 0, 0]);
          if (a! > 0) opaque++;
        }
      }
      expect(opaque).toBeGreaterThan(p.w * p.h * 0.05);
    }
  });

  it('the committed PNGs are exactly what build/make-tray-icons.mjs draws (no drift)', async () => {
    type Gen = { SHAPES: Record<string, unknown>; rasterize(s: unknown, scale: number): unknown; encodeTemplatePng(r: unknown, dpi: number): Buffer };
    const gen = (await import(join(__dirname, '..', '..', 'build', 'make-tray-icons.mjs'))) as Gen;
    for (const [name, shape] of Object.entries(gen.SHAPES)) {
      expect(readFileSync(join(assets, `tray${name}Template.png`)).equals(gen.encodeTemplatePng(gen.rasterize(shape, 1), 72))).toBe(true);
      expect(readFileSync(join(assets, `tray${name}Template@2x.png`)).equals(gen.encodeTemplatePng(gen.rasterize(shape, 2), 144))).toBe(true);
    }
    expect(
      Object.keys(gen.SHAPES)
        .map((n) => `tray${n}Template.png`)
        .sort(),
    ).toEqual(Object.values(TRAY_ICON_FILES).sort());
  });

  it('the four states differ in shape (not only colour): every pair differs in ≥ 15 % of pixels', () => {
    const masks = Object.values(TRAY_ICON_FILES).map((f) => mask(join(assets, f.replace('.png', '@2x.png'))));
    for (let a = 0; a < masks.length; a++) {
      for (let b = a + 1; b < masks.length; b++) {
        const diff = masks[a]!.filter((v, i) => v !== masks[b]![i]).length;
        expect(diff / masks[a]!.length).toBeGreaterThan(0.15);
      }
    }
  });
});
