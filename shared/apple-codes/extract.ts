/**
 * Pulls Apple error codes out of a log message by the message SHAPES Apple's software prints,
 * not by one pattern per line ever seen:
 *
 *   Error Domain=NSURLErrorDomain Code=-1003 …           (NSError description, any domain)
 *   AKAuthenticationError Code=-7066 / error -7044. / -8008 / :-7066   (AuthKit's own wording)
 *   HTTP load failed, 0/0 bytes (error code: -1200 [3:-9816])       (CFNetwork task line)
 *   failed to connect 12:8 / TLS Trust encountered error 3:-9802   (CFStream domain:code pairs)
 *   trust evaluation failed(-9802) / yielded status(-9802)         (SecureTransport status)
 *   (kCFStreamErrorDomainSSL, -9843)                               (legacy NSURLConnection)
 *   ADIGetIDMSRouting -45061                                       (Anisette library)
 *   exception: -2147408896                                         (CSSM, apsd)
 *   Trust evaluate failure: [leaf TemporalValidity]                (trustd)
 *   APSBAAClientIdentityProvider failed to obtain a BAA cert        (apsd)
 *
 * Real lines: twogate/cordova-plugin-sign-in-with-apple#25, RxReader/tencent_kit#134,
 * MobClub/ShareSDK-for-iOS#27, omz/AppSales-Mobile#285, mfrister/pushproxy
 * doc/debug-cert-verification-dtrace.md, pkpass/pkpass README.
 */
import { CFSTREAM_DOMAINS, DOMAINS, lookupCode } from './lookup';
import type { CodeEntry } from './types';

/** One code found in a message, with its table entry (null when no table knows it). */
export interface FoundCode {
  domain: string;
  code: number | null;
  entry: CodeEntry | null;
}

/** What a message says: its most telling code, every code, and a success marker if any. */
export interface Interpretation {
  primary: FoundCode | null;
  all: FoundCode[];
  /** A success marker from a real line (clears earlier errors of its kind), or null. */
  success: string | null;
}

const TRUST_SOURCE = 'https://github.com/pkpass/pkpass';
const APSD_SOURCE = 'apsd lines in public macOS-VM notes (“APSBAAClientIdentityProvider failed to obtain a BAA cert”); repository not identified';

/** "Error Domain=X Code=N": NSError's description, any domain. */
const NSERROR = /Error Domain=([A-Za-z][\w.]{0,80}) Code=(-?\d{1,11})\b/g;
/** AuthKit's own wording: "AKAuthenticationError Code=-7066", "error -7044.", "AKAnisetteError -8008", "AKAuthenticationError:-7066". */
const AK_WORDING = /\b(AKAuthenticationError|AKAppleIDAuthenticationError|AKAnisetteError)(?: error)?(?: Code=| |:)(-\d{4,5})\b/g;
const BAA_WORDING = /\b(com\.apple\.devicecheck\.error\.baa)(?: Code=|:| )(-\d{4,6})\b/g;
/** CFNetwork task line: "(error code: -1200 [3:-9816])". */
const TASK_CODE = /error code: (-\d{1,5})(?: \[(\d{1,2}):(-?\d{1,6})\])?/g;
/** CFStream pairs in connection lines. */
const CONNECT_PAIR = /(?:failed to connect|TLS Trust encountered error|TLS error) (\d{1,2}):(-?\d{1,6})\b/g;
/** SecureTransport status printed in parentheses after an evaluation. */
const SSL_STATUS = /(?:[Ee]valuation failed|yielded status) ?\((-98\d\d)\)|\(kCFStreamErrorDomainSSL, (-98\d\d)\)/g;
const ADI_WORDING = /\bADI\w{0,40} (-45\d{3})\b/g;
const CSSM_WORDING = /exception: (-21474\d{5})\b/g;
const TRUST_FAILURE = /Trust evaluate failure: \[(\w{1,20}) (\w{1,40})/;
const BAA_CERT_FAILURE = /failed to obtain a BAA cert/;
/** Success markers seen in real apsd lines ("APSBAAClientIdentityProvider obtained BAA certs!"). */
const BAA_CERT_SUCCESS = /\bobtained BAA certs\b/;

function found(domain: string, code: number): FoundCode {
  return { domain, code, entry: lookupCode(domain, code) };
}

/** Every code in a message, in order of appearance, without duplicates. */
export function extractCodes(message: string): FoundCode[] {
  const out: FoundCode[] = [];
  const seen = new Set<string>();
  const add = (f: FoundCode) => {
    const key = `${f.domain}|${f.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(f);
  };
  for (const m of message.matchAll(NSERROR)) add(found(m[1]!, Number(m[2])));
  for (const m of message.matchAll(AK_WORDING)) add(found(m[1] === 'AKAnisetteError' ? DOMAINS.anisette : DOMAINS.auth, Number(m[2])));
  for (const m of message.matchAll(BAA_WORDING)) add(found(DOMAINS.baa, Number(m[2])));
  for (const m of message.matchAll(TASK_CODE)) {
    add(found(DOMAINS.nsurl, Number(m[1])));
    if (m[2] !== undefined) addPair(add, m[2], m[3]!);
  }
  for (const m of message.matchAll(CONNECT_PAIR)) addPair(add, m[1]!, m[2]!);
  for (const m of message.matchAll(SSL_STATUS)) add(found(DOMAINS.ssl, Number(m[1] ?? m[2])));
  for (const m of message.matchAll(ADI_WORDING)) add(found(DOMAINS.adi, Number(m[1])));
  for (const m of message.matchAll(CSSM_WORDING)) add(found(DOMAINS.cssm, Number(m[1])));
  const trust = TRUST_FAILURE.exec(message);
  if (trust) {
    const what = trust[2]!;
    add({
      domain: 'trustd',
      code: null,
      entry: {
        name: `Trust evaluate failure: ${trust[1]} ${what}`,
        meaning:
          what === 'TemporalValidity'
            ? 'A certificate is outside its validity dates (or this Mac’s clock is wrong).'
            : 'A certificate did not pass trust evaluation.',
        family: 'network',
        cause: what === 'TemporalValidity' ? 'tls.expired' : 'tls.untrusted',
        source: TRUST_SOURCE,
      },
    });
  }
  if (BAA_CERT_FAILURE.test(message)) {
    add({
      domain: 'apsd',
      code: null,
      entry: {
        name: 'APSBAAClientIdentityProvider failed to obtain a BAA cert',
        meaning: 'The push service could not get this Mac’s device-attestation certificate, so it has no push identity.',
        family: 'device',
        cause: 'auth.attestation_failed',
        source: APSD_SOURCE,
      },
    });
  }
  return out;
}

function addPair(add: (f: FoundCode) => void, domainNum: string, code: string): void {
  const domain = Object.hasOwn(CFSTREAM_DOMAINS, domainNum) ? CFSTREAM_DOMAINS[domainNum]! : `kCFStreamErrorDomain ${domainNum}`;
  add(found(domain, Number(code)));
}

/**
 * Rank of a code for choosing the one that tells most: an account/device code with a cause first,
 * then a network code with a cause (the specific TLS/errno code before the generic NSURL one),
 * then codes without a cause, then unknown codes.
 */
function rank(f: FoundCode): number {
  const e = f.entry;
  if (!e) return 9;
  if ((e.family === 'account' || e.family === 'device') && e.cause) return 0;
  if (e.family === 'network' && e.cause) return f.domain === DOMAINS.nsurl ? 2 : 1;
  if (e.family === 'account' || e.family === 'device') return 3;
  if (e.family === 'network') return 4;
  return 5;
}

/** What a message says. Pure; garbage gives `{ primary: null, all: [], success: null }`. */
export function interpretMessage(message: string): Interpretation {
  const all = extractCodes(message);
  const primary = all.length ? [...all].sort((a, b) => rank(a) - rank(b))[0]! : null;
  return { primary, all, success: BAA_CERT_SUCCESS.test(message) ? 'obtained BAA certs' : null };
}

/** "NSURLErrorDomain -1003" / "trustd Trust evaluate failure: leaf TemporalValidity". */
export function codeLabel(f: FoundCode): string {
  return f.code === null ? `${f.domain} ${f.entry?.name ?? ''}`.trim() : `${f.domain} ${f.code}`;
}
