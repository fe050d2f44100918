/**
 * Server-side timestamps of the simulated network, so tests can check the engine's phase timings
 * against what the servers saw rather than against the engine itself. Every endpoint connection
 * gets one `ConnectionTimeline` (ms on the sim process's `performance.now()` clock):
 *   accept        the listener handed the socket over (the kernel finished the TCP handshake);
 *   tlsDone       the server finished the TLS handshake (it read the client's Finished);
 *   finishedIn    when the bytes that completed the handshake reached the server's socket, before
 *                 any injected delay: the moment the client sent its Finished (loopback is instant);
 *   requestIn     the HTTP request was parsed;
 *   responseSent  the last byte of the response was handed to the socket.
 * The events of one connection are tied to it with AsyncLocalStorage: the TLS and HTTP layers
 * are created inside `within()`, and Node runs their callbacks in that async context
 * (nodejs doc/api/async_context.md), so parallel connections never mix their timestamps.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ConnectionTimeline {
  /** The endpoint id ('appleid', 'idmsa', …) the connection reached. */
  server: string;
  /** Injected one-way latency in force when the connection was accepted (ms). */
  latencyMs: number;
  accept: number;
  tlsDone: number | null;
  finishedIn: number | null;
  /** Wire arrival of the inbound chunk delivered last (set by the latency wrapper). */
  lastArrival: number | null;
  requestIn: number | null;
  responseSent: number | null;
}

export type TimelineMark = 'tlsDone' | 'requestIn' | 'responseSent';

/** Keeps the last `cap` connections' timelines. */
export interface TimelineRecorder {
  /** Start a connection's timeline (at accept) and run `fn` (which creates its TLS/HTTP layers) in its context. */
  within(server: string, latencyMs: number, fn: () => void): void;
  /** Stamp an event on the connection whose async context is current (no-op outside one). */
  mark(event: TimelineMark): void;
  /** The timeline of the current connection context (inside `within`), if any. */
  current(): ConnectionTimeline | undefined;
  list(): ConnectionTimeline[];
  clear(): void;
}

export function createTimelineRecorder(cap = 256, now: () => number = () => performance.now()): TimelineRecorder {
  const als = new AsyncLocalStorage<ConnectionTimeline>();
  let entries: ConnectionTimeline[] = [];
  return {
    within(server, latencyMs, fn) {
      const t: ConnectionTimeline = {
        server,
        latencyMs,
        accept: now(),
        tlsDone: null,
        finishedIn: null,
        lastArrival: null,
        requestIn: null,
        responseSent: null,
      };
      entries.push(t);
      if (entries.length > cap) entries = entries.slice(-cap);
      als.run(t, fn);
    },
    mark(event) {
      const t = als.getStore();
      if (!t || t[event] !== null) return;
      t[event] = now();
      // Without injected latency nothing is held back: the bytes arrived just now.
      if (event === 'tlsDone') t.finishedIn = t.lastArrival ?? t.tlsDone;
    },
    current: () => als.getStore(),
    list: () => entries.map((e) => ({ ...e })),
    clear: () => {
      entries = [];
    },
  };
}
