/** The `--format` names (kept apart from the renderers so argument parsing stays import-light). */
export const OUTPUT_FORMATS = ['json', 'text', 'jamf', 'prometheus', 'plist'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
