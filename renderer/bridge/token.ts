/** The preview token travels in the URL fragment (`#token=…`), never sent to any server. */

/** Read `token` from a fragment such as `#token=abc`; null when absent or malformed. Pure. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const t = params.get('token');
  return t && /^[A-Za-z0-9_-]{16,128}$/.test(t) ? t : null;
}
