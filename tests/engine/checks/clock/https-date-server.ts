/**
 * A tiny HTTPS server on 127.0.0.1 for the clock's HTTP `Date` fallback: a self-signed certificate
 * for "localhost" and "appleid.apple.com" (written to a temp file for `extraCaFile`) and a Date header `skewMs` off.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** Names the certificate covers: loopback, and an Apple host reached through a simulated resolver. */
export const NAMES = ['localhost', 'appleid.apple.com'];
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

async function selfSigned(): Promise<{ key: string; cert: string }> {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=localhost',
    keys: keys as never,
    notBefore: new Date(Date.now() - 86_400_000),
    notAfter: new Date(Date.now() + 30 * 86_400_000),
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign, true),
      new x509.SubjectAlternativeNameExtension(NAMES.map((value) => ({ type: 'dns' as const, value }))),
    ],
  });
  const der = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { key: x509.PemConverter.encode(der, 'PRIVATE KEY'), cert: cert.toString('pem') };
}

/** Start the server; `skewMs` > 0 sends a Date ahead of this machine. */
export async function startHttpsDateServer(skewMs: number): Promise<{ port: number; caFile: string; close(): Promise<void> }> {
  const id = await selfSigned();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'clock-https-'));
  const caFile = path.join(dir, 'ca.pem');
  await writeFile(caFile, id.cert);
  const server = https.createServer(id, (_req, res) => {
    res.sendDate = false;
    res.writeHead(200, { date: new Date(Date.now() + skewMs).toUTCString(), 'content-length': '0' });
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    caFile,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
