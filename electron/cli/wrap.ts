/**
 * Word wrap for the terminal with a hanging indent. Width is display columns: ANSI colour codes
 * count 0, East Asian Wide and Fullwidth characters (kanji, kana, hangul, fullwidth punctuation)
 * count 2 (Unicode UAX #11, https://www.unicode.org/reports/tr11/), combining marks 0. Latin text
 * breaks at spaces; Japanese and Chinese, written without spaces, break between any two wide
 * characters except before closing punctuation (、。）」…) or after opening punctuation (（「…),
 * the basic line-breaking rules of JIS X 4051 / W3C "Requirements for Japanese Text Layout"
 * (https://www.w3.org/TR/jlreq/#characters_not_starting_a_line). A run of narrow characters
 * inside such text (a host name, a command, a number) is never split; a word longer than the line
 * (a host name, a URL) breaks only after a dot or a slash, never mid-label; a word with no such
 * place stays whole (too long is better than wrong). `width` null = do not wrap (output is piped).
 */

const ANSI = /\u001b\[[0-9;]*m/g;
const ANSI_ONLY = /^\u001b\[[0-9;]*m$/;

/** Code point ranges that take two columns (UAX #11 W and F, the blocks our languages use). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff01, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Combining marks and zero-width characters (no column of their own). */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
];

function inRanges(cp: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [lo, hi] of ranges) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

/** Columns one character takes. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/** Display columns of a string (ANSI colour codes excluded). */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s.replace(ANSI, '')) n += charWidth(ch);
  return n;
}

/** `s` padded with spaces to `columns` display columns (never cut). */
export function padEndColumns(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - displayWidth(s)));
}

/** `s` right-aligned in `columns` display columns (never cut). */
export function padStartColumns(s: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - displayWidth(s))) + s;
}

/** Characters that must not start a line (closing brackets, CJK stops and commas, prolonged sound mark). */
const NO_START = new Set([...'、。，．,.:;：；？！?!）)」』】〕〉》］｝”’ー・…％‰ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々']);
/** Characters that must not end a line (opening brackets). */
const NO_END = new Set([...'（(「『【〔〈《［｛“‘']);

/**
 * A space-free word cut where a line may break: between wide characters, never inside a run of
 * narrow ones, with the punctuation rules above. ANSI codes stick to the character they precede.
 */
function breakUnits(word: string): string[] {
  const units: string[] = [];
  let cur = '';
  let prev = '';
  let prevWide = false;
  for (const part of word.split(/(\u001b\[[0-9;]*m)/)) {
    if (part === '') continue;
    if (ANSI_ONLY.test(part)) {
      cur += part;
      continue;
    }
    for (const ch of part) {
      const wide = charWidth(ch) === 2;
      const boundary = cur !== '' && prev !== '' && (wide || prevWide) && !NO_START.has(ch) && !NO_END.has(prev);
      if (boundary && visibleText(cur) !== '') {
        units.push(cur);
        cur = '';
      }
      cur += ch;
      prev = ch;
      prevWide = wide;
    }
  }
  if (cur) units.push(cur);
  return units;
}

function visibleText(s: string): string {
  return s.replace(ANSI, '');
}

/** Split a long narrow word at dots/slashes into pieces of at most `max` columns where possible. */
function splitWord(word: string, max: number): string[] {
  if (displayWidth(word) <= max) return [word];
  const parts = word.split(/(?<=[./])/); // keep the dot at the end of each piece
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    if (cur && displayWidth(cur + p) > max) {
      out.push(cur);
      cur = p;
    } else cur += p;
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Wrap `text` to `width` columns: the first line starts with `first` (e.g. "  1. "), the others
 * with `rest` spaces (the hanging indent). Returns the lines.
 */
export function wrap(text: string, width: number | null, first: string, rest = ' '.repeat(displayWidth(first))): string[] {
  if (width === null) return [`${first}${text}`];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const avail = Math.max(10, width - displayWidth(rest));
  // Only ASCII white space separates words: a no-break space (French typography) keeps its neighbours together.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    // Pieces of one word join without a space; the word itself follows the previous one after a space.
    const pieces = breakUnits(word).flatMap((u) => splitWord(u, avail));
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const sep = empty || i > 0 ? '' : ' ';
      if (!empty && displayWidth(line) + sep.length + displayWidth(piece) > width) {
        lines.push(line);
        line = rest + piece;
      } else line += sep + piece;
      empty = false;
    }
  }
  lines.push(line);
  return lines;
}
