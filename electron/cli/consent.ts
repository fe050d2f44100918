/**
 * Asking "Go ahead? [y/N]" in a terminal and reading one line. Anything but a yes word is a no;
 * so is the end of input (Ctrl-D) — a repair never runs because a question went unanswered.
 */
import { createInterface } from 'node:readline';
import type { Translator } from '../../shared/i18n';

/** True when `answer` is yes in English or in the translator's language (`repair.cli.yes-words`). */
export function isYes(answer: string, t: Translator): boolean {
  const words = new Set(['y', 'yes', ...t.t('repair.cli.yes-words').split('|')].map((w) => w.trim().toLocaleLowerCase()));
  return words.has(answer.trim().toLocaleLowerCase());
}

/** Write the question to `out`, read one line from `input`, resolve true only for a yes. */
export function askConsent(input: NodeJS.ReadableStream, out: NodeJS.WritableStream, t: Translator): Promise<boolean> {
  out.write(t.t('repair.cli.ask'));
  return new Promise((resolve) => {
    const rl = createInterface({ input, terminal: false });
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(isYes(line, t));
    });
    rl.once('close', () => {
      if (!answered) {
        out.write('\n');
        resolve(false);
      }
    });
  });
}
