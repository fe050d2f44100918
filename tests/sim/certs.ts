/**
 * Test PKI for the simulated Apple network, generated at test time (nothing secret on disk).
 *
 * - "Sim Network Test Root" (trusted via `extraCaFile`) → "Apple Public Server RSA CA 12 - G1 (TEST)"
 *   → leaves for the real Apple hostnames. The intermediate's name contains "Apple", so the healthy
 *   case is not flagged as interception; the root's name matches no expected issuer on purpose.
 * - "Corp MITM Proxy Root CA" is ALSO trusted (a managed Mac with an inspection root installed) but
 *   is not an expected issuer → `tls.intercepted`.
 * - "Untrusted Proxy Root CA" is not in the bundle → `tls.untrusted`.
 * ECDSA P-256 keeps generation fast (a few ms per certificate).
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

// lib is ES2023 without DOM: take the WebCrypto types from node:crypto.
type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** Every hostname the sim answers for (the valid leaf covers all of them). */
export const SIM_HOSTS = {
  endpoints: ['appleid.apple.com', 'idmsa.apple.com', 'gsa.apple.com', 'appleid.cdn-apple.com'],
  push: '1-courier.push.apple.com',
  captive: 'captive.apple.com',
} as const;

const ALL_NAMES = [...SIM_HOSTS.endpoints, SIM_HOSTS.push, SIM_HOSTS.captive];

/** A server identity: PEM private key and PEM certificate chain (leaf first). */
export interface ServerIdentity {
  key: string;
  cert: string;
}

/** Certificate variants the endpoint servers can present. */
export type CertVariant =
  | 'valid'
  | 'expired'
  | 'not-yet-valid'
  | 'expiring-soon'
  | 'wrong-san'
  | 'self-signed'
  | 'untrusted-leaf'
  | 'untrusted-chain'
  | 'intercept';

export interface TestPki {
  /** PEM bundle to trust (`extraCaFile`): the sim root and the "managed" interception root. */
  caPem: string;
  /** The sim root alone. */
  rootPem: string;
  identities: Record<CertVariant, ServerIdentity>;
}

const ALG: webcrypto.EcKeyGenParams & webcrypto.EcdsaParams = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY = 86_400_000;

async function keys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function keyPem(k: CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', k);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

interface Ca {
  name: string;
  keys: CryptoKeyPair;
  cert: x509.X509Certificate;
}

async function makeRoot(name: string): Promise<Ca> {
  const k = await keys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name,
    keys: k,
    notBefore: new Date(Date.now() - 365 * DAY),
    notAfter: new Date(Date.now() + 3650 * DAY),
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(k.publicKey),
    ],
  });
  return { name, keys: k, cert };
}

async function makeIntermediate(name: string, parent: Ca): Promise<Ca> {
  const k = await keys();
  const cert = await x509.X509CertificateGenerator.create({
    subject: name,
    issuer: parent.name,
    publicKey: k.publicKey,
    signingKey: parent.keys.privateKey,
    notBefore: new Date(Date.now() - 365 * DAY),
    notAfter: new Date(Date.now() + 1825 * DAY),
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(k.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(parent.keys.publicKey),
    ],
  });
  return { name, keys: k, cert };
}

async function makeLeaf(issuer: Ca, leafKeys: CryptoKeyPair, opts: { names: string[]; notBefore: Date; notAfter: Date }): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.create({
    subject: `CN=${opts.names[0]}`,
    issuer: issuer.name,
    publicKey: leafKeys.publicKey,
    signingKey: issuer.keys.privateKey,
    notBefore: opts.notBefore,
    notAfter: opts.notAfter,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(opts.names.map((value) => ({ type: 'dns' as const, value }))),
      await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
    ],
  });
}

const pem = (...certs: x509.X509Certificate[]): string => certs.map((c) => c.toString('pem')).join('\n');

let cached: Promise<TestPki> | null = null;

/** Build (once per process) the whole test PKI. */
export function getTestPki(): Promise<TestPki> {
  cached ??= buildPki();
  return cached;
}

async function buildPki(): Promise<TestPki> {
  const now = Date.now();
  const root = await makeRoot('CN=Sim Network Test Root, O=Doctor Test Lab');
  const appleCa = await makeIntermediate('CN=Apple Public Server RSA CA 12 - G1 (TEST), O=Apple Inc. (TEST)', root);
  const mitm = await makeRoot('CN=Corp MITM Proxy Root CA, O=Corp Security');
  const rogue = await makeRoot('CN=Untrusted Proxy Root CA, O=Rogue Networks');
  const leafKeys = await keys();
  const leafKey = await keyPem(leafKeys.privateKey);
  const normal = { names: ALL_NAMES, notBefore: new Date(now - 30 * DAY), notAfter: new Date(now + 90 * DAY) };

  const valid = await makeLeaf(appleCa, leafKeys, normal);
  const expired = await makeLeaf(appleCa, leafKeys, { ...normal, notBefore: new Date(now - 120 * DAY), notAfter: new Date(now - 30 * DAY) });
  const notYet = await makeLeaf(appleCa, leafKeys, { ...normal, notBefore: new Date(now + 30 * DAY), notAfter: new Date(now + 120 * DAY) });
  const soon = await makeLeaf(appleCa, leafKeys, { ...normal, notAfter: new Date(now + 5 * 60_000) });
  const wrongSan = await makeLeaf(appleCa, leafKeys, { ...normal, names: ['wrong.example', 'portal.example'] });
  const intercept = await makeLeaf(mitm, leafKeys, normal);
  const untrusted = await makeLeaf(rogue, leafKeys, normal);
  const selfSigned = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${ALL_NAMES[0]}`,
    keys: leafKeys,
    notBefore: normal.notBefore,
    notAfter: normal.notAfter,
    signingAlgorithm: ALG,
    extensions: [new x509.SubjectAlternativeNameExtension(ALL_NAMES.map((value) => ({ type: 'dns' as const, value })))],
  });

  const id = (...chain: x509.X509Certificate[]): ServerIdentity => ({ key: leafKey, cert: pem(...chain) });
  return {
    caPem: pem(root.cert, mitm.cert),
    rootPem: pem(root.cert),
    identities: {
      valid: id(valid, appleCa.cert),
      expired: id(expired, appleCa.cert),
      'not-yet-valid': id(notYet, appleCa.cert),
      'expiring-soon': id(soon, appleCa.cert),
      'wrong-san': id(wrongSan, appleCa.cert),
      'self-signed': id(selfSigned),
      'untrusted-leaf': id(untrusted),
      'untrusted-chain': id(untrusted, rogue.cert),
      intercept: id(intercept, mitm.cert),
    },
  };
}
