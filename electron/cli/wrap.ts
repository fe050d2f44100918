/**
 * Word wrap for the terminal with a hanging indent. Breaks at spaces; a word longer than the line
 * (a host name, a URL) breaks only after a dot or a slash, never mid-label; a word with no such
 * place stays whole (too long is better than wrong). Width is visible characters: ANSI colour
 * codes are not counted. `width` null = do not wrap (output is piped).
 */

const ANSI = /\u001b\[[0-9;]*m/g;

/** Visible length of a string (without ANSI colour codes). */
export function visibleLength(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/** Split a long word at dots/slashes into pieces of at most `max` visible characters where possible. */
function splitWord(word: string, max: number): string[] {
  if (visibleLength(word) <= max) return [word];
  const parts = word.split(/(?<=[./])/); // keep the dot at the end of each piece
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    if (cur && visibleLength(cur + p) > max) {
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
export function wrap(text: string, width: number | null, first: string, rest = ' '.repeat(visibleLength(first))): string[] {
  if (width === null) return [`${first}${text}`];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  const avail = (prefix: string) => Math.max(10, width - visibleLength(prefix));
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = splitWord(word, avail(rest));
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const sep = empty || i > 0 ? '' : ' ';
      if (!empty && visibleLength(line) + sep.length + visibleLength(piece) > width) {
        lines.push(line);
        line = rest + piece;
      } else line += sep + piece;
      empty = false;
    }
  }
  lines.push(line);
  return lines;
}
