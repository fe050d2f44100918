/**
 * OS events → app core signals. Power: powerMonitor `suspend`/`resume`/`lock-screen`/
 * `unlock-screen` (Electron docs/api/power-monitor.md; gitify `handlers/system.ts`).
 *
 * Network changes: Electron's main process has no network-change event (only the `net.online`
 * property), so a cheap fingerprint — `net.online` plus the addresses of the non-internal
 * interfaces from `os.networkInterfaces()` (one getifaddrs call, no child process) — is compared
 * on a slow timer. 60 s keeps it to one wake-up a minute (energy is driven by wake-ups and spawned
 * processes, not by such syscalls: Apple's Energy Efficiency Guide for Mac Apps, "Minimize Timer
 * Usage"; exelban/stats#26, where spawned `top`/`netstat` dominated); a change within that minute is caught at
 * the next scheduled diagnosis anyway. systeminformation is NOT polled here: it spawns processes.
 */
import type { NetworkInterfaceInfo } from 'node:os';
import type { AppCore } from '../service/app-core';

export interface PowerEventSource {
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen', listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

export function bindPowerEvents(power: PowerEventSource, signals: AppCore['signals']): () => void {
  const pairs: [Parameters<PowerEventSource['on']>[0], () => void][] = [
    ['suspend', () => signals.suspend()],
    ['resume', () => signals.wake()],
    ['lock-screen', () => signals.lock()],
    ['unlock-screen', () => signals.unlock()],
  ];
  for (const [event, fn] of pairs) power.on(event, fn);
  return () => {
    for (const [event, fn] of pairs) power.removeListener(event, fn);
  };
}

/** Stable summary of the network attachment: online flag + sorted external addresses. Pure. */
export function networkFingerprint(online: boolean, ifaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  const addrs: string[] = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const a of list ?? []) if (!a.internal) addrs.push(`${name}=${a.address}`);
  }
  return `${online ? 'online' : 'offline'}|${addrs.sort().join(',')}`;
}

export function watchNetwork(o: {
  isOnline: () => boolean;
  interfaces: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  onChange: () => void;
  periodMs?: number;
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval };
}): () => void {
  const timers = o.timers ?? { setInterval, clearInterval };
  const read = () => {
    try {
      return networkFingerprint(o.isOnline(), o.interfaces());
    } catch {
      return 'unknown';
    }
  };
  let last = read();
  const handle = timers.setInterval(() => {
    const now = read();
    if (now !== last) {
      last = now;
      o.onChange();
    }
  }, o.periodMs ?? 60_000);
  (handle as { unref?: () => void }).unref?.();
  return () => timers.clearInterval(handle);
}
