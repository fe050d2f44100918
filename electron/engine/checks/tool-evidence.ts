/** The outcome of a macOS check whose tool could not be used (the reading itself is in system/cmd-outcome.ts). */
import type { CheckId } from '../../../shared/checks';
import type { ToolFailure } from '../system/cmd-outcome';
import type { CheckOutcome } from '../types';

/** The `error` outcome of a check whose tool could not be used (with whatever data it has). */
export function toolErrorOutcome<Id extends CheckId>(failure: ToolFailure, data: CheckOutcome<Id>['data'] = {}): CheckOutcome<Id> {
  return { status: 'error', cause: failure.cause, summary: failure.summary, message: failure.message, data };
}
