/**
 * Latency injection for sim servers: wrap an accepted socket in a Duplex that delivers every
 * inbound chunk `ms` later (one simulated round trip per packet exchange). The first chunk waits
 * twice as long: the kernel completes the TCP handshake instantly on loopback, so its round trip is
 * charged to the first exchange instead (wall times then match DNS + TCP + TLS + HTTP round trips).
 */

import type net from 'node:net';
import { Duplex } from 'node:stream';

/**
 * Return `socket` itself when ms ≤ 0, else a delaying wrapper that owns the socket. `onDeliver`
 * hears, as each chunk is handed on, when it had arrived (performance.now(), before the delay).
 */
export function withLatency(socket: net.Socket, ms: number, onDeliver?: (arrivedAt: number) => void): Duplex {
  if (ms <= 0) return socket;
  let first = true;
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void, delay: number): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, delay);
    timers.add(t);
  };
  const duplex = new Duplex({
    read() {},
    write(chunk, _enc, cb) {
      if (socket.destroyed) cb();
      else socket.write(chunk, () => cb());
    },
    final(cb) {
      socket.end();
      cb();
    },
    destroy(err, cb) {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      socket.destroy();
      cb(err);
    },
  });
  socket.on('data', (chunk: Buffer) => {
    const delay = first ? 2 * ms : ms;
    first = false;
    const arrivedAt = performance.now();
    later(() => {
      onDeliver?.(arrivedAt);
      duplex.push(chunk);
    }, delay);
  });
  socket.on('end', () => later(() => duplex.push(null), ms));
  socket.on('close', () => later(() => duplex.destroy(), ms));
  socket.on('error', () => {});
  return duplex;
}
