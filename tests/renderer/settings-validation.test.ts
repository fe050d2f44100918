/** Settings problems in words a person reads, never schema wording. */
import { describe, expect, it } from 'vitest';
import { secondsProblem } from '../../renderer/lib/settings-validation';
import { DEFAULT_SETTINGS } from '../../shared/settings';

describe('secondsProblem', () => {
  const s = DEFAULT_SETTINGS; // warn 10 s, fail 300 s
  it('explains each limit in words', () => {
    expect(secondsProblem('clockWarnSeconds', '0', s)).toBe('At least 1 second');
    expect(secondsProblem('clockWarnSeconds', '400', s)).toBe('Must be less than the red threshold, 300 s');
    expect(secondsProblem('clockFailSeconds', '5', s)).toBe('Must be more than the warning threshold, 10 s');
    expect(secondsProblem('clockFailSeconds', '100000', s)).toBe('At most 86,400 seconds');
    expect(secondsProblem('clockWarnSeconds', '2.5', s)).toBe('Use whole seconds, for example 10');
    expect(secondsProblem('clockWarnSeconds', '', s)).toBe('Enter a number of seconds');
  });
  it('accepts a value inside the limits', () => {
    expect(secondsProblem('clockWarnSeconds', '30', s)).toBeNull();
    expect(secondsProblem('clockFailSeconds', '600', s)).toBeNull();
  });
});
