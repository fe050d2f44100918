/**
 * The closed set of repairs the app can carry out itself (fix-card action kind `repair`), their
 * words, and the IPC shapes of the consent → run → proof flow. The commands themselves live only
 * in the main process (electron/engine/system/repairs/): the renderer names a repair, it never
 * supplies a program or an argument.
 */
import { z } from 'zod';
import type { Light } from './report';

/** Every repair there is. */
export const REPAIR_IDS = ['flush-dns', 'proxy-off', 'proxy-on', 'auto-time-on'] as const;
export type RepairId = (typeof REPAIR_IDS)[number];

/** What the person is asked to agree to: the words and the exact command, before anything runs. */
export interface RepairPlanView {
  repair: RepairId;
  /** Opaque id of this exact plan; running it runs exactly the command shown. */
  planId: string | null;
  /** The button's words. */
  title: string;
  /** Plain sentence of what will change (names the network service, the old values). */
  words: string;
  /** The exact command line, as macOS will run it (as administrator), for the person to read. */
  command: string | null;
  /** Whether macOS will ask for an administrator password. */
  admin: boolean;
  /** Why the app cannot do it itself (then the card's manual steps apply); null when it can. */
  manual: string | null;
}

/** Where the person reads the words: the app's card (its steps below) or the terminal (`appleid-doctor fix`). */
export type RepairFace = 'app' | 'cli';

/** How a repair ended. `cancelled` = the person closed the password prompt: nothing changed. */
export type RepairOutcome = 'fixed' | 'not-fixed' | 'unknown' | 'cancelled' | 'failed';

export interface RepairRunResult {
  repair: RepairId;
  outcome: RepairOutcome;
  /** Plain words for the card ("Fixed — …", "Nothing was changed.", "Still wrong: …"). */
  message: string;
  /** The light after the re-check (null when nothing was re-checked). */
  lightAfter: Light | null;
  /** A repair the card can offer next ("Turn it back on"), when there is one. */
  undo: RepairId | null;
}

/** Something a person did in the app, with its time (the "Steps already tried" log). */
export interface StepRecord {
  /** ISO 8601. */
  at: string;
  kind: 'opened-settings' | 'opened-url' | 'opened-app' | 'copied-command' | 'repair' | 'ticked' | 'unticked' | 'rechecked';
  /** Fix card or `symptom.<id>` it belongs to, when there is one. */
  cardId: string | null;
  /** One line in plain words, e.g. "Ran “Turn off the proxy”: Nothing was changed". */
  text: string;
  /** The light right after it, when known (re-checks and repairs). */
  light: Light | null;
}

const LIGHTS = ['green', 'amber', 'red'] as const satisfies readonly Light[];

export const stepRecordSchema = z
  .object({
    at: z.string().max(40),
    kind: z.enum(['opened-settings', 'opened-url', 'opened-app', 'copied-command', 'repair', 'ticked', 'unticked', 'rechecked']),
    cardId: z.string().max(100).nullable(),
    text: z.string().max(400),
    light: z.enum(LIGHTS).nullable(),
  })
  .strict();

const owner = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,80}$/, 'not a card id');

/** IPC requests of the repair flow (validated at the boundary). */
export const repairPlanRequestSchema = z.object({ repair: z.enum(REPAIR_IDS), cardId: owner }).strict();
export const repairRunRequestSchema = z.object({ planId: z.string().regex(/^[a-f0-9]{32}$/, 'not a plan id') }).strict();
/** A tick or untick from the renderer: only the step's id travels, the text is looked up in main. */
export const stepTickRequestSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,80}#\d{1,2}$/), done: z.boolean() }).strict();
