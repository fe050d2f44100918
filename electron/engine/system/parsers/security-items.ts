/**
 * Attribute blocks printed by `security dump-keychain` (without -d), `find-generic-password` /
 * `find-internet-password` (without -g/-w) and `delete-*-password`, per
 * apple-oss-distributions/Security `SecurityTool/macOS/keychain_utilities.c`
 * (print_keychain_item_attributes, print_buffer):
 *
 *     keychain: "/Users/me/Library/Keychains/login.keychain-db"
 *     version: 512
 *     class: "genp"
 *     attributes:
 *         0x00000007 <blob>="label"
 *         "acct"<blob>="name"
 *         "cdat"<timedate>=0x32303236…5A00  "20260731040502Z\000"
 *
 * A value is `<NULL>`, `"ascii"`, or — when any byte is outside 0x20–0x7E or is a backslash —
 * `0x<HEX>` then two spaces and the text with `\ooo` octal escapes. Only attributes are read:
 * a `data:` section (from -d) and a `password:` line (from -g) are skipped and never stored.
 */
import { excerpt, fail, guard, ok, type ParseResult, splitLines } from './parse-result';

/** The attributes this app reads from one keychain item. */
export interface SecurityItem {
  keychain: string | null;
  /** "genp", "inet", or a numeric class such as 0x80001000 (certificate). */
  class: string | null;
  service: string | null;
  account: string | null;
  label: string | null;
  description: string | null;
  /** ISO 8601 or null. */
  created: string | null;
  modified: string | null;
}

const ATTRIBUTE = /^\s+(?:"([^"]{4})"|(0x[0-9A-Fa-f]{8}))\s*<([A-Za-z0-9_]+)>=(.*)$/;
/** Lines `security` itself prints around blocks that carry no attribute. */
const TRAILERS = /^(password has been deleted\.|password: .*)$/;

/**
 * Parse every complete attribute block. `partial` (output cut at the size cap) drops the last
 * block, which may be incomplete.
 */
export function parseSecurityItems(text: string, opts: { partial?: boolean } = {}): ParseResult<SecurityItem[]> {
  return guard('security', () => {
    const items: SecurityItem[] = [];
    let current: SecurityItem | null = null;
    let inData = false;
    // Cut output may end in the middle of a line: only complete lines are read.
    const complete = opts.partial ? text.slice(0, text.lastIndexOf('\n') + 1) : text;
    for (const line of splitLines(complete)) {
      const trimmed = line.trim();
      if (trimmed === '') continue;
      const kc = /^keychain: "(.*)"$/.exec(trimmed);
      if (kc) {
        current = { keychain: unescapeText(kc[1]!), class: null, service: null, account: null, label: null, description: null, created: null, modified: null };
        items.push(current);
        inData = false;
        continue;
      }
      // A data section runs until the next block: its content (a secret) is never looked at.
      if (inData) continue;
      if (!current) return fail(`text before the first "keychain:" line: "${excerpt(trimmed)}"`);
      if (TRAILERS.test(trimmed)) continue;
      if (trimmed === 'data:') {
        inData = true;
        continue;
      }
      if (/^version: \d+$/.test(trimmed) || trimmed === 'attributes:') continue;
      const cls = /^class: (?:"([^"]*)"|(0x[0-9A-Fa-f]+))$/.exec(trimmed);
      if (cls) {
        current.class = cls[1] ?? cls[2]!;
        continue;
      }
      const attr = ATTRIBUTE.exec(line);
      if (!attr) return fail(`unrecognised line "${excerpt(trimmed)}"`);
      applyAttribute(current, attr[1] ?? attr[2]!, attr[3]!, decodeValue(attr[4]!, attr[3]!));
    }
    if (opts.partial) items.pop();
    return ok(items);
  });
}

function applyAttribute(item: SecurityItem, tag: string, type: string, value: string | null): void {
  switch (tag) {
    case 'svce':
      item.service = value;
      break;
    case 'srvr':
      // Internet passwords have a server instead of a service.
      item.service ??= value;
      break;
    case 'acct':
      item.account = value;
      break;
    case 'desc':
      item.description = value;
      break;
    case 'cdat':
      item.created = type === 'timedate' ? keychainDate(value) : null;
      break;
    case 'mdat':
      item.modified = type === 'timedate' ? keychainDate(value) : null;
      break;
    // 0x00000007 is the print name of password items (kSecLabelItemAttr), "labl" the same for
    // certificates, 0x00000001 the print name of keys.
    case '0x00000007':
    case 'labl':
      if (value !== null) item.label = value;
      break;
    case '0x00000001':
      if (value !== null && item.class !== 'genp' && item.class !== 'inet') item.label = value;
      break;
  }
}

/** Decode one printed value of the given type (see the module comment). */
export function decodeValue(raw: string, type: string): string | null {
  const v = raw.trim();
  if (v === '<NULL>') return null;
  const both = /^0x([0-9A-Fa-f]*)\s+"(.*)"$/.exec(v);
  if (both) return stripNul(unescapeText(both[2]!));
  // Numbers print as bare hex (0x00001F90); only byte strings are worth decoding.
  const hex = /^0x([0-9A-Fa-f]+)$/.exec(v);
  if (hex && (type === 'blob' || type === 'timedate') && hex[1]!.length % 2 === 0) return stripNul(Buffer.from(hex[1]!, 'hex').toString('utf8'));
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) return stripNul(unescapeText(v.slice(1, -1)));
  return v;
}

/** Undo print_buffer's `\ooo` escapes and decode the bytes as UTF-8. */
function unescapeText(s: string): string {
  if (!s.includes('\\')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const oct = /^\\([0-7]{3})/.exec(s.slice(i, i + 4));
    if (oct) {
      bytes.push(Number.parseInt(oct[1]!, 8) & 0xff);
      i += 3;
    } else {
      bytes.push(...Buffer.from(s[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripNul(s: string): string {
  return s.replace(/\u0000+$/, '');
}

/** "20260731040502Z" → ISO 8601; null when not a real date. */
export function keychainDate(value: string | null): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  // Reject 2026-02-31 and friends, which Date.UTC would roll over.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return back.toISOString();
}
