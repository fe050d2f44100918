/**
 * The few browser globals that page callbacks use. The root tsconfig has no DOM library (it
 * checks Node code), and string predicates would need `eval`, which the popover's CSP forbids —
 * so callbacks are real functions reading globals through this narrow type.
 */
export interface PageGlobals {
  document: { querySelector(selector: string): unknown };
}
