/** Settings problems in words a person reads, never schema wording. */
import { describe, expect, it } from 'vitest';
import { secondsProblem } from '../../renderer/lib/settings-validation';
import { EN } from '../../shared/i18n';
import { DEFAULT_SETTINGS } from '../../shared/settings';

describe('secondsProblem', () => {
  const s = DEFAULT_SETTINGS; // warn 10 s, fail 300 s
  it('explains each limit in words', () => {
    expect(secondsProblem('clockWarnSeconds', '0', s, EN)).toBe('At least 1 second');
    expect(secondsProblem('clockWarnSeconds', '400', s, EN)).toBe('Must be less than the red threshold, 300 s');
    expect(secondsProblem('clockFailSeconds', '5', s, EN)).toBe('Must be more than the warning threshold, 10 s');
    expect(secondsProblem('clockFailSeconds', '100000', s, EN)).toBe('At most 86,400 seconds');
    expect(secondsProblem('clockWarnSeconds', '2.5', s, EN)).toBe('Use whole seconds, for example 10');
    expect(secondsProblem('clockWarnSeconds', '', s, EN)).toBe('Enter a number of seconds');
  });
  it('accepts a value inside the limits', () => {
    expect(secondsProblem('clockWarnSeconds', '30', s, EN)).toBeNull();
    expect(secondsProblem('clockFailSeconds', '600', s, EN)).toBeNull();
  });
});
