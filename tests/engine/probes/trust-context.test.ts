/**
 * The run's trust store with an `extraCaFile` (probe-env.ts `trustContext`): Node's roots plus the
 * extra CA, built without re-parsing the roots — and without touching the process-wide root store
 * every other TLS client in the process (Electron's own, other probes' default contexts) relies on.
 */
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustContext } from '../../../electron/engine/probes/probe-env';
import { getTestPki, type TestPki } from '../../sim/certs';
import { type EndpointServer, startEndpointServer } from '../../sim/endpoint-server';

let pki: TestPki;
let server: EndpointServer;
beforeAll(async () => {
  pki = await getTestPki();
  server = await startEndpointServer(pki);
});
afterAll(() => server.close());

function handshake(secureContext: tls.SecureContext | undefined): Promise<{ authorized: boolean; error: string | null }> {
  return new Promise((resolve, reject) => {
    const s = tls.connect({
      host: '127.0.0.1',
      port: server.port,
      servername: 'appleid.apple.com',
      rejectUnauthorized: false,
      ...(secureContext ? { secureContext } : {}),
    });
    s.once('secureConnect', () => {
      resolve({ authorized: s.authorized, error: s.authorizationError ? String(s.authorizationError) : null });
      s.destroy();
    });
    s.once('error', reject);
  });
}

describe('trust context with an extra CA', () => {
  it('trusts a chain to the extra CA', async () => {
    expect(await handshake(trustContext(pki.caPem))).toEqual({ authorized: true, error: null });
  });

  it('does not trust that chain under another extra CA, nor under the built-in roots alone', async () => {
    const other = (await getTestPki()).identities.intercept.cert.split('-----END CERTIFICATE-----')[1] ?? '';
    expect(other).toContain('BEGIN CERTIFICATE'); // the intercept chain's issuer, not the sim root
    const unrelated = trustContext(`${other.trim()}\n`);
    expect((await handshake(unrelated)).authorized).toBe(false);
    // Building the contexts above left Node's shared root store as it was.
    expect((await handshake(tls.createSecureContext())).authorized).toBe(false);
    expect((await handshake(undefined)).authorized).toBe(false);
  });

  it('is built once per distinct PEM', () => {
    expect(trustContext(pki.caPem)).toBe(trustContext(pki.caPem));
  });
});
