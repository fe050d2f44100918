import { describe, expect, it } from 'vitest';
import { parseCfBlock } from '../../../electron/engine/system/parsers/cf-description';
import { domainCovers, parseScutilDns, resolversCapturing } from '../../../electron/engine/system/parsers/scutil-dns';
import { parseNcList, parseNcServiceLine } from '../../../electron/engine/system/parsers/scutil-nc';
import { parseScutilProxy } from '../../../electron/engine/system/parsers/scutil-proxy';
import { fixture } from './helpers';

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

describe('scutil --proxy', () => {
  it('reads the macOS default (no proxy, default exceptions)', () => {
    const r = parseScutilProxy(fixture('scutil-proxy.no-proxy-default.txt'));
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        https: { enabled: false, host: null, port: null },
        pac: { enabled: false, url: null },
        autoDiscovery: false,
        exceptions: ['*.local', '169.254/16'],
        noConfiguration: false,
      }),
    });
  });

  it('reads a PAC URL', () => {
    const r = parseScutilProxy(fixture('scutil-proxy.pac-url.txt'));
    expect(r.ok && r.value.pac).toEqual({ enabled: true, url: 'http://wpad.company.com/wpad.dat' });
    expect(r.ok && r.value.exceptions).toEqual([]);
  });

  it('reads WPAD (auto discovery)', () => {
    const r = parseScutilProxy(fixture('scutil-proxy.auto-discovery-wpad.reconstructed.txt'));
    expect(r.ok && r.value.autoDiscovery).toBe(true);
  });

  it('reads HTTP/HTTPS/SOCKS and a comma list inside one exceptions element (flattened copy)', () => {
    const r = parseScutilProxy(fixture('scutil-proxy.http-https-socks-comma-exceptions.flattened-as-found.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.http).toEqual({ enabled: true, host: '127.0.0.1', port: 7890 });
    expect(r.value.https).toEqual({ enabled: true, host: '127.0.0.1', port: 7890 });
    expect(r.value.socks).toEqual({ enabled: true, host: '127.0.0.1', port: 7890 });
    expect(r.value.pac.enabled).toBe(false);
    expect(r.value.exceptions).toHaveLength(17);
    expect(r.value.exceptions).toContain('localhost');
    expect(r.value.exceptions).toContain('100ime-iat-api.xfyun.cn');
  });

  it('reads "No proxy configuration available" as no proxy, flagged', () => {
    const r = parseScutilProxy(fixture('scutil-proxy.no-configuration.reconstructed.txt'));
    expect(r.ok && r.value.noConfiguration).toBe(true);
  });

  it('tolerates CRLF and tabs; rejects truncation, garbage, empty and odd flag values', () => {
    expect(parseScutilProxy(crlf(fixture('scutil-proxy.pac-url.txt'))).ok).toBe(true);
    expect(parseScutilProxy(fixture('scutil-proxy.no-proxy-default.txt').replace(/ {2}/g, '\t')).ok).toBe(true);
    const pac = fixture('scutil-proxy.pac-url.txt');
    expect(parseScutilProxy(pac.slice(0, pac.lastIndexOf('}'))).ok).toBe(false);
    expect(parseScutilProxy('').ok).toBe(false);
    expect(parseScutilProxy('random words').ok).toBe(false);
    expect(parseScutilProxy('<dictionary> {\n  HTTPSEnable : yes\n}\n').ok).toBe(false);
    expect(parseScutilProxy('<dictionary> {\n  HTTPSEnable : 0\n  HTTPSEnable : 1\n}\n').ok).toBe(false);
    expect(parseScutilProxy(`${pac}trailing\n`).ok).toBe(false);
  });

  it('keeps only top-level keys (a nested dictionary cannot switch a proxy on)', () => {
    const r = parseScutilProxy('<dictionary> {\n  __SCOPED__ : <dictionary> {\n    en0 : <dictionary> {\n      HTTPSEnable : 1\n    }\n  }\n}\n');
    expect(r.ok && r.value.https.enabled).toBe(false);
  });
});

describe('CF description blocks', () => {
  it('reads a named dictionary (scutil --nc show) and reports truncation', () => {
    const lines = fixture('scutil-nc-show.l2tp.truncated.txt').split('\n');
    expect(parseCfBlock(lines, 1)).toEqual({ ok: false, error: expect.stringMatching(/truncated/) });
    const complete = [...lines.slice(1).filter((l) => l !== ''), '}'];
    const r = parseCfBlock(complete, 0);
    expect(r.ok && r.value.dict.get('CommRedialCount')).toBe('1');
  });

  it('treats "__proto__" as an ordinary key', () => {
    const r = parseCfBlock(['<dictionary> {', '  __proto__ : 1', '}'], 0);
    expect(r.ok && r.value.dict.get('__proto__')).toBe('1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('scutil --nc', () => {
  it('reads an empty list', () => {
    expect(parseNcList(fixture('scutil-nc-list.empty.txt'))).toEqual({ ok: true, value: [] });
  });

  it('reads an L2TP service with Apple’s column padding', () => {
    const r = parseNcList(fixture('scutil-nc-list.l2tp-disconnected.txt'));
    expect(r).toEqual({
      ok: true,
      value: [
        {
          enabled: true,
          state: 'Disconnected',
          serviceId: 'E3A8F336-CCEB-4A29-B50A-FBAD41D84A71',
          interfaceName: 'PPP --> L2TP',
          name: 'My VPN',
          nameTruncated: false,
          type: 'PPP:L2TP',
        },
      ],
    });
  });

  it('reads the reporter-edited PPTP line (padding collapsed)', () => {
    const r = parseNcList(fixture('scutil-nc-list.pptp-anonymised.txt'));
    expect(r.ok && r.value[0]).toMatchObject({ name: 'myVPName', state: 'Disconnected', type: 'PPP:PPTP' });
  });

  it('reads the service line of `--nc show`', () => {
    const line = fixture('scutil-nc-show.l2tp.truncated.txt').split('\n')[0]!;
    expect(parseNcServiceLine(line)).toMatchObject({ ok: true, value: { name: 'VPN (L2TP)', type: 'PPP:L2TP' } });
  });

  it('does not parse by column: names of 31+ characters lose their closing quote', () => {
    // Built from nc.c's printf and CFStringPad: a 33-character name loses its quote and last char.
    const name = 'Corporate-VPN-Amsterdam-Office-1';
    expect(name).toHaveLength(32);
    const line = `* (Connected)      B1C946CD-A531-48DE-9273-8EECBF82080E VPN (com.example.vpn) "${name.slice(0, -1)} [VPN:com.example.vpn]`;
    const r = parseNcList(`Available network connection services in the current set (*=enabled):\n${line}\n`);
    expect(r.ok && r.value[0]).toMatchObject({ state: 'Connected', nameTruncated: true, name: name.slice(0, -1), type: 'VPN:com.example.vpn' });
  });

  it('reads a disabled service and rejects garbage and a missing header', () => {
    const list =
      'Available network connection services in the current set (*=enabled):\n  (Invalid)        0EBAF065-DF53-43AF-A952-EA70B96644BE IPSec              "Office"                         [IPSec]\n';
    expect(parseNcList(list)).toMatchObject({ ok: true, value: [{ enabled: false, state: 'Invalid', type: 'IPSec' }] });
    expect(parseNcList(`${list}garbage\n`).ok).toBe(false);
    expect(parseNcList('').ok).toBe(false);
    expect(parseNcList(fixture('scutil-nc-list.l2tp-disconnected.txt').split('\n')[1]!).ok).toBe(false);
  });
});

describe('scutil --dns', () => {
  const resolversOf = (name: string) => {
    const r = parseScutilDns(fixture(name));
    if (!r.ok) throw new Error(r.error);
    return r.value.resolvers;
  };

  it('reads a plain ISP configuration', () => {
    const rs = resolversOf('scutil-dns.plain-isp-no-vpn.truncated.txt');
    expect(rs).toHaveLength(4);
    expect(rs[0]).toMatchObject({ index: 1, nameservers: ['75.75.75.75', '75.75.76.76'], interface: 'en0', supplemental: false, scoped: false });
    expect(rs[1]).toMatchObject({ domain: 'local' });
  });

  it('reads the old format (bare "Reachable" lines) and the scoped section', () => {
    const rs = resolversOf('scutil-dns.openvpn-scoped-old-reach-format.txt');
    const scoped = rs.filter((r) => r.scoped);
    expect(rs).toHaveLength(8);
    expect(scoped).toEqual([
      expect.objectContaining({ searchDomains: ['openvpn'], nameservers: ['8.8.8.8', '8.8.4.4'], interface: 'utun0', flags: ['Scoped', 'Request A records'] }),
    ]);
    expect(resolversOf('scutil-dns.2017-old-reach-format-btmm.truncated.txt')[1]).toMatchObject({ domain: '166534133.members.btmm.icloud.com' });
  });

  it('reads supplemental resolvers of VPNs (split DNS)', () => {
    expect(resolversOf('scutil-dns.wireguard-utun-supplemental-first.truncated.txt')[0]).toMatchObject({
      supplemental: true,
      domain: null,
      interface: 'utun2',
    });
    expect(resolversOf('scutil-dns.firezone-utun-ipv6-transient.truncated.txt')[0]).toMatchObject({
      supplemental: true,
      searchDomains: ['attlocal.net'],
      interface: 'utun8',
    });
    expect(resolversOf('scutil-dns.ppp-vpn-supplemental-elided-by-reporter.truncated.txt')[0]).toMatchObject({ supplemental: true, interface: 'ppp0' });
    const split = resolversOf('scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt');
    expect(split[0]!.searchDomains).toHaveLength(10);
    expect(split.filter((r) => r.supplemental).map((r) => r.domain)).toEqual(['dev.example.com', 'sandbox.example.com', 'services.example.com']);
  });

  it('finds supplemental resolvers that capture apple.com — and only those', () => {
    const hosts = ['apple.com', 'idmsa.apple.com', 'appleid.cdn-apple.com'];
    for (const name of ['scutil-dns.wireguard-utun-supplemental-first.truncated.txt', 'scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt']) {
      expect(resolversCapturing(resolversOf(name), hosts)).toEqual([]);
    }
    const captured = fixture('scutil-dns.many-search-domains-split-dns.anonymised.truncated.txt').replace('domain   : dev.example.com', 'domain   : apple.com');
    const r = parseScutilDns(captured);
    expect(r.ok && resolversCapturing(r.value.resolvers, hosts).map((x) => x.domain)).toEqual(['apple.com']);
    expect(domainCovers('com', 'apple.com')).toBe(true);
    expect(domainCovers('cdn-apple.com', 'appleid.cdn-apple.com')).toBe(true);
    expect(domainCovers('pple.com', 'apple.com')).toBe(false);
  });

  it('scoped resolvers for apple.com do not count as capturing', () => {
    const text =
      'DNS configuration\n\nresolver #1\n  nameserver[0] : 192.0.2.1\n\nDNS configuration (for scoped queries)\n\nresolver #1\n  domain   : apple.com\n  nameserver[0] : 10.0.0.1\n  flags    : Scoped, Supplemental, Request A records\n';
    const r = parseScutilDns(text);
    expect(r.ok && resolversCapturing(r.value.resolvers, ['apple.com'])).toEqual([]);
  });

  it('reads "No DNS configuration available"; rejects garbage, empty and header-only output', () => {
    expect(parseScutilDns('No DNS configuration available\n')).toEqual({ ok: true, value: { resolvers: [], noConfiguration: true } });
    expect(parseScutilDns('').ok).toBe(false);
    expect(parseScutilDns('DNS configuration\n').ok).toBe(false);
    expect(parseScutilDns('hello\nresolver #1\n').ok).toBe(false);
    expect(parseScutilDns(crlf(fixture('scutil-dns.plain-isp-no-vpn.truncated.txt'))).ok).toBe(true);
  });
});
