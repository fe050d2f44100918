/**
 * Which network service names may travel into an administrator command. Only a name the Mac
 * itself listed (`networksetup -listallnetworkservices`), and only within a conservative ASCII set:
 * letters, digits, space and `. _ ( ) / + -`, starting with a letter or digit. That covers the
 * names macOS gives its services ("Wi-Fi", "Thunderbolt Bridge", "USB 10/100/1000 LAN",
 * "iPhone USB") and rules out quotes, `$`, back-ticks, `;`, newlines and every non-ASCII
 * look-alike. A name outside it is not escaped and used anyway: the card falls back to the manual
 * steps.
 */

const SAFE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9 ._()/+-]{0,62}[A-Za-z0-9)])?$/;

/** Why this service name may not be used in a command, or null when it may. Pure. */
export function serviceNameProblem(name: string, listed: readonly string[]): string | null {
  if (typeof name !== 'string' || !SAFE_NAME.test(name) || /\s{2,}/.test(name)) {
    return 'its name has characters this app does not put into an administrator command';
  }
  if (!listed.includes(name)) return 'it is not one of the network services this Mac lists';
  return null;
}

/** The same rule without the "listed" half (for the command policy, which cannot see the list). */
export function isSafeServiceName(name: string): boolean {
  return serviceNameProblem(name, [name]) === null;
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
