/**
 * One lookup over every code table, by the error domain Apple prints. Domains are matched exactly
 * (the spellings seen in log lines), never guessed from the number alone.
 */
import { ADI_ERRORS, AK_ANISETTE_ERRORS, AK_AUTHENTICATION_ERRORS, BAA_ERRORS } from './authkit';
import { CFSTREAM_PAIRS, CSSM_ERRORS, NSURL_ERRORS, SSL_ERRORS } from './network';
import type { CodeEntry, CodeTable } from './types';

/** Canonical domain names (as printed by Apple's software). */
export const DOMAINS = {
  auth: 'AKAuthenticationError',
  anisette: 'AKAnisetteError',
  baa: 'com.apple.devicecheck.error.baa',
  adi: 'ADI',
  nsurl: 'NSURLErrorDomain',
  ssl: 'kCFStreamErrorDomainSSL',
  cssm: 'CSSM',
  posix: 'kCFStreamErrorDomainPOSIX',
  netdb: 'kCFStreamErrorDomainNetDB',
} as const;

/** Printed spellings → the table that holds their codes. */
const BY_DOMAIN: Readonly<Record<string, CodeTable>> = {
  AKAuthenticationError: AK_AUTHENTICATION_ERRORS,
  AKAppleIDAuthenticationError: AK_AUTHENTICATION_ERRORS,
  AKAppleIDAuthenticationErrorDomain: AK_AUTHENTICATION_ERRORS,
  AKAnisetteError: AK_ANISETTE_ERRORS,
  AKAnisetteErrorDomain: AK_ANISETTE_ERRORS,
  'com.apple.devicecheck.error.baa': BAA_ERRORS,
  ADI: ADI_ERRORS,
  NSURLErrorDomain: NSURL_ERRORS,
  kCFErrorDomainCFNetwork: NSURL_ERRORS,
  kCFStreamErrorDomainSSL: SSL_ERRORS,
  NSOSStatusErrorDomain: SSL_ERRORS,
  CSSM: CSSM_ERRORS,
};

/** CFStream domain numbers → names. */
export const CFSTREAM_DOMAINS: Readonly<Record<string, string>> = { '1': DOMAINS.posix, '3': DOMAINS.ssl, '12': DOMAINS.netdb };

/** The entry for `code` in `domain`, or null when the domain or code is in no table. */
export function lookupCode(domain: string, code: number): CodeEntry | null {
  if (domain === DOMAINS.posix || domain === DOMAINS.netdb) {
    const num = domain === DOMAINS.posix ? '1' : '12';
    return Object.hasOwn(CFSTREAM_PAIRS, `${num}:${code}`) ? CFSTREAM_PAIRS[`${num}:${code}`]! : null;
  }
  const table = Object.hasOwn(BY_DOMAIN, domain) ? BY_DOMAIN[domain] : undefined;
  if (!table || !Object.hasOwn(table, code)) return null;
  return table[code] ?? null;
}

/** Every table, for the docs and the tests. */
export const ALL_TABLES: Readonly<Record<string, CodeTable>> = {
  [DOMAINS.auth]: AK_AUTHENTICATION_ERRORS,
  [DOMAINS.anisette]: AK_ANISETTE_ERRORS,
  [DOMAINS.baa]: BAA_ERRORS,
  [DOMAINS.adi]: ADI_ERRORS,
  [DOMAINS.nsurl]: NSURL_ERRORS,
  [DOMAINS.ssl]: SSL_ERRORS,
  [DOMAINS.cssm]: CSSM_ERRORS,
};
