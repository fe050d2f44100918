/**
 * The catalog namespaces. Each is one file per language (`catalogs/<locale>/<namespace>.ts`) and
 * every key in it starts with `<namespace>.`, so catalogs split by area never collide.
 * - `ui`      the popover: views, settings, history, check rows, evidence labels
 * - `tray`    tray menu, tooltip and notifications
 * - `fixes`   fix cards and symptom guides
 * - `causes`  cause titles and sentences, headlines, light and status words
 * - `report`  the support report's headings and fixed lines, steps-tried wording
 * - `checks`  check names and the checks' one-line summaries
 * - `cli`     terminal output: human format, usage and argument errors
 * - `repair`  one-click repairs: consent, outcomes, `appleid-doctor fix`
 */
export const NAMESPACES = ['ui', 'tray', 'fixes', 'causes', 'report', 'checks', 'cli', 'repair'] as const;
export type Namespace = (typeof NAMESPACES)[number];
