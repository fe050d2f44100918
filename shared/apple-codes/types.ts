/**
 * Shape of the Apple error-code tables: Apple's symbolic name, a plain meaning, where the value
 * came from, and what it means for Apple Account sign-in on this Mac.
 */
import type { Cause } from '../causes';

/**
 * Which kind of problem a code reports. `account` and `device` codes are about the person's
 * account or this Mac's identity: no network check can see them. `network` codes are reproducible
 * by the live checks. `info` codes are recorded but are not failures (user cancelled, benign).
 */
export type CodeFamily = 'account' | 'device' | 'network' | 'info';

/** One entry of a code table. */
export interface CodeEntry {
  /** Apple's symbolic name, e.g. "AKAppleIDAuthenticationErrorNoCodeReceived". */
  name: string;
  /** What it means, in plain words. */
  meaning: string;
  /** Where the value comes from: a public URL, or a description when the public copy names no repository. */
  source: string;
  family: CodeFamily;
  /** The cause it maps to, or null when the code is shown but never decides the light. */
  cause: Cause | null;
}

/** A table: code value → entry. */
export type CodeTable = Readonly<Record<number, CodeEntry>>;
