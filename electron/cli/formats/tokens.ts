/**
 * Plain tokens shared by the fleet formats. Inventory engines store them verbatim, so they avoid
 * every character Workspace ONE refuses in a custom attribute value (`/ \ " * : ; < > ? |`, Omnissa
 * Workspace ONE UEM "Custom Attributes" documentation) — causes are dotted codes like `dns.nxdomain`.
 */
import type { Light } from '../../../shared/report';

/** The light as a number, equal to the CLI exit status: 0 green, 1 amber, 2 red. */
export const LIGHT_LEVEL: Record<Light, number> = { green: 0, amber: 1, red: 2 };

/** Characters Workspace ONE rejects in a reported value. */
export const WS1_FORBIDDEN = /[/\\"*:;<>?|]/;

/** Make a value safe as a token: forbidden characters and whitespace runs become one "-"/" ". */
export function safeToken(s: string): string {
  return s
    .replace(/[/\\"*:;<>?|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The primary cause as a token; "none" when there is none. */
export function causeToken(cause: string | null): string {
  return cause ? safeToken(cause) : 'none';
}
