/**
 * The pseudo-locale transform (see PSEUDO_LOCALE): accents every letter of the literal text,
 * pads it by ~40 % and brackets the whole message, leaving ICU arguments, plurals and selects
 * intact so the placeholders still format. Works on the parsed ICU AST, never on the string.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

function accent(text: string): string {
  let out = '';
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  return out;
}

function walk(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(el.value) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(el.options).map(([k, o]) => [k, { ...o, value: walk(o.value) }]));
      return { ...el, options } as MessageFormatElement;
    }
    if (el.type === TYPE.tag) return { ...el, children: walk(el.children) };
    return el;
  });
}

/** Literal characters in the message (what padding is measured against). */
function literalLength(elements: MessageFormatElement[]): number {
  let n = 0;
  for (const el of elements) {
    if (el.type === TYPE.literal) n += [...el.value].length;
    else if (el.type === TYPE.plural || el.type === TYPE.select) n += Math.max(0, ...Object.values(el.options).map((o) => literalLength(o.value)));
    else n += 4;
  }
  return n;
}

/** The pseudo-localised AST of an English message (pass it to IntlMessageFormat as is). */
export function pseudoLocalize(message: string): MessageFormatElement[] {
  const ast = parse(message, { ignoreTag: true });
  // Padding in word-sized groups: one long unbreakable run would overflow where real text wraps.
  const n = Math.max(1, Math.round(literalLength(ast) * 0.4));
  const pad = Array.from({ length: Math.ceil(n / 6) }, (_, i) => '·'.repeat(Math.min(6, n - i * 6))).join(' ');
  return [{ type: TYPE.literal, value: '⟦' }, ...walk(ast), { type: TYPE.literal, value: ` ${pad}⟧` }];
}
