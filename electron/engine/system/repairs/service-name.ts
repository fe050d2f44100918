/**
 * Which network service names may travel into an administrator command. Only a name the Mac
 * itself listed (`networksetup -listallnetworkservices`), and only within a conservative ASCII set:
 * letters, digits, space and `. _ ( ) / + -`, starting with a letter or digit. That covers the
 * names macOS gives its services ("Wi-Fi", "Thunderbolt Bridge", "USB 10/100/1000 LAN",
 * "iPhone USB") and rules out quotes, `$`, back-ticks, `;`, newlines and every non-ASCII
 * look-alike. A name outside it is not escaped and used anyway: the card falls back to the manual
 * steps.
 */
import { EN, type Translator } from '../../../../shared/i18n';

const SAFE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9 ._()/+-]{0,62}[A-Za-z0-9)])?$/;

/** Why this service name may not be used in a command (as a code), or null when it may. Pure. */
export function serviceNameIssue(name: string, listed: readonly string[]): 'bad-characters' | 'not-listed' | null {
  if (typeof name !== 'string' || !SAFE_NAME.test(name) || /\s{2,}/.test(name)) return 'bad-characters';
  if (!listed.includes(name)) return 'not-listed';
  return null;
}

/** Why this service name may not be used in a command, in words, or null when it may. Pure. */
export function serviceNameProblem(name: string, listed: readonly string[], t: Translator = EN): string | null {
  const issue = serviceNameIssue(name, listed);
  return issue === null ? null : t.t(issue === 'bad-characters' ? 'repair.service.bad-characters' : 'repair.service.not-listed');
}

/** The same rule without the "listed" half (for the command policy, which cannot see the list). */
export function isSafeServiceName(name: string): boolean {
  return serviceNameIssue(name, [name]) === null;
}

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$/;

/** A proxy host that may be put back by "Turn it back on" (a plain DNS name or IPv4 address). */
export function isSafeProxyHost(host: string): boolean {
  return typeof host === 'string' && host.length <= 253 && HOST.test(host);
}

/** A TCP port as networksetup takes it. */
export function isSafePort(port: string): boolean {
  return /^[1-9]\d{0,4}$/.test(port) && Number(port) <= 65535;
}
