/**
 * Issue #15 item 8: an IP literal as an endpoint host must not be sent as the TLS server name
 * (RFC 6066 §3), which Node reports on stderr as DEP0123. The handshake still runs and the
 * certificate is still checked against the address.
 */
import net from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { tlsHandshake } from '../../electron/engine/probes/tls-handshake';
import { getTestPki } from '../sim/certs';

const servers: net.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

describe('TLS to an IP literal', () => {
  it('sends no SNI, so Node prints no DEP0123, and the (wrong-host) certificate is still refused', async () => {
    const pki = await getTestPki();
    const server = tls.createServer({ ...pki.identities.valid }, (s) => s.end());
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as net.AddressInfo).port;

    const warnings: string[] = [];
    const onWarning = (w: Error & { code?: string }) => warnings.push(w.code ?? w.name);
    process.on('warning', onWarning);
    try {
      const socket = net.connect(port, '127.0.0.1');
      await new Promise<void>((r) => socket.once('connect', () => r()));
      const out = await tlsHandshake(socket, {
        servername: '127.0.0.1',
        secureContext: tls.createSecureContext({ ca: pki.caPem }),
        expectedIssuers: null,
        timeoutMs: 3000,
        signal: new AbortController().signal,
        mono: () => performance.now(),
      });
      out.socket?.destroy();
      // The sim certificate names Apple hosts, not 127.0.0.1: the identity check still applies.
      expect(out.failure?.cause).toBe('tls.hostname');
      await new Promise((r) => setImmediate(r));
      expect(warnings).not.toContain('DEP0123');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
