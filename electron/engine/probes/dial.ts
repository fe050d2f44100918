/**
 * The single place the probes open TCP sockets. Kept in its own module so tests can wrap it
 * (e.g. a loopback guard that maps stand-in public addresses onto 127.0.0.1 servers and refuses
 * anything else) without touching the logic around it.
 */
import net from 'node:net';
import type { Abortable } from '../deadline';

/**
 * Open one TCP connection; resolves once connected, rejects with the socket error or the
 * signal's reason (the socket is destroyed then). No timeout of its own: the caller's signal is
 * the deadline (Node sockets have none, nodejs doc/api/net.md).
 */
export function dialTcp(address: string, port: number, signal: Abortable): Promise<net.Socket> {
  return new Promise<net.Socket>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const socket = net.connect({ host: address, port, noDelay: true });
    const cleanup = (): void => {
      signal.removeEventListener('abort', onAbort);
      socket.off('error', onError);
      socket.off('connect', onConnect);
    };
    const onAbort = (): void => {
      cleanup();
      socket.destroy();
      reject(signal.reason);
    };
    const onError = (err: Error): void => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const onConnect = (): void => {
      cleanup();
      // Keep a listener so a late error cannot crash the process before the next phase takes over.
      socket.on('error', () => {});
      resolve(socket);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('error', onError);
    socket.once('connect', onConnect);
  });
}
