/**
 * Running a fixed command as administrator through the standard macOS password prompt:
 * `/usr/bin/osascript` with `do shell script … with administrator privileges` (Apple Technical
 * Note TN2065, "do shell script in AppleScript":
 * https://developer.apple.com/library/archive/technotes/tn2065/_index.html).
 *
 * Nothing variable is ever part of the script text. The script is built from the SHAPE of the
 * commands only (how many words each has); every word — program path, option, network service
 * name, the prompt — travels as an argument to `on run argv` (osascript(1): "Any arguments
 * following the script will be passed as a list of strings to the direct parameter of the `run`
 * handler") and enters the shell line through `quoted form of`, which single-quotes it for
 * /bin/sh (TN2065 "Dealing with Text": "always use quoted form of"). The first argument is always
 * the prompt, and the first word of every command an absolute path, so osascript's own option
 * parser has stopped before any value could look like an option.
 */
import { EN, type Translator } from '../../../../shared/i18n';
import type { CommandResult } from '../../seams';

/** The one program the admin path starts (via the command runner, tool `osascript`). */
export const OSASCRIPT_PATH = '/usr/bin/osascript';

/** One command of a repair: a fixed absolute program and its words. */
export interface FixedCommand {
  program: string;
  args: string[];
}

/** The osascript argv for running `commands` one after the other (stopping at the first failure). */
export function buildAdminArgs(prompt: string, commands: readonly FixedCommand[]): string[] {
  if (commands.length === 0) throw new Error('a repair needs at least one command');
  const words = commands.map((c) => [c.program, ...c.args]);
  return ['-e', 'on run argv', '-e', adminScriptLine(words.map((w) => w.length)), '-e', 'end run', prompt, ...words.flat()];
}

/**
 * The `do shell script` line for commands of the given word counts. Item 1 of argv is the prompt;
 * words are joined with spaces, commands with " && " so a failure stops the rest and is reported.
 */
export function adminScriptLine(shape: readonly number[]): string {
  let item = 2;
  const parts = shape.map((n) => {
    if (!Number.isInteger(n) || n < 1 || n > 8) throw new Error('bad command shape');
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(`(quoted form of item ${item++} of argv)`);
    return ws.join(' & " " & ');
  });
  return `do shell script ${parts.join(' & " && " & ')} with prompt (item 1 of argv) with administrator privileges`;
}

const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** The commands as a person would type them in Terminal (what the card shows before running). */
export function displayCommand(commands: readonly FixedCommand[]): string {
  return commands.map((c) => ['sudo', c.program, ...c.args].map(shellWord).join(' ')).join(' && ');
}

function shellWord(w: string): string {
  return PLAIN_WORD.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/** How an osascript admin run ended. */
export type AdminRunOutcome = { kind: 'done' } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

/**
 * Read osascript's result. Closing the password dialog is AppleScript error -128 ("User
 * canceled.", AppleScript Language Guide, "Error Numbers": errAEEventCanceled / userCanceledErr),
 * printed as "execution error: User canceled. (-128)". A failing shell command comes back as
 * "execution error: <its stderr> (<its exit status>)". That text is macOS's own and stays as it is;
 * the words around it are in the translator's language.
 */
export function readAdminResult(r: CommandResult, t: Translator = EN): AdminRunOutcome {
  if (r.spawnError) return { kind: 'failed', reason: t.t('repair.reason.spawn', { error: r.spawnError.slice(0, 120) }) };
  if (r.timedOut) return { kind: 'failed', reason: t.t('repair.reason.timeout') };
  if (r.exitCode === 0 && !r.signal) return { kind: 'done' };
  if (/\(-128\)\s*$/m.test(r.stderr) || /User cancell?ed\./.test(r.stderr)) return { kind: 'cancelled' };
  const line = (r.stderr.split(/\r?\n/).find((l) => l.trim()) ?? '').replace(/^.*?execution error:\s*/, '').trim();
  return { kind: 'failed', reason: line ? line.slice(0, 200) : t.t('repair.reason.status', { status: String(r.exitCode ?? r.signal) }) };
}
