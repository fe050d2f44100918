/**
 * `dns-config`: the resolvers macOS uses (`scutil --dns`). A supplemental resolver (split DNS,
 * typically from a VPN or a configuration profile) whose domain covers apple.com or a sign-in host
 * sends Apple lookups to that VPN's DNS server → warn.
 */
import type { DnsConfigData } from '../../../shared/checks';
import { readTool, type ToolRead } from '../system/cmd-outcome';
import { parseScutilDns, resolversCapturing, type ScutilDns } from '../system/parsers/scutil-dns';
import type { CheckDefinition } from '../types';
import { msg, say } from './say';
import { toolErrorOutcome } from './tool-evidence';

export const dnsConfigCheck: CheckDefinition<'dns-config', ToolRead<ScutilDns>> = {
  id: 'dns-config',
  kind: 'macos',
  measure: (ctx) => readTool(ctx, 'scutil', ['--dns'], (r) => parseScutilDns(r.stdout)),
  judge(read, config) {
    if (!read.ok) return toolErrorOutcome(read.failure);
    const { resolvers, noConfiguration } = read.value;
    const hosts = ['apple.com', ...config.endpoints.map((e) => e.host)];
    const data: DnsConfigData = { resolvers, appleCapturedBy: resolversCapturing(resolvers, hosts) };
    if (data.appleCapturedBy.length > 0) {
      const r = data.appleCapturedBy[0]!;
      return {
        status: 'warn',
        cause: 'dns.split_captures_apple',
        ...say(r.interface ? 'checks.dns-config.split_via' : 'checks.dns-config.split', {
          domain: r.domain ?? '',
          servers: r.nameservers.length ? { list: r.nameservers, type: 'unit' } : msg('checks.dns-config.another_server'),
          iface: r.interface ?? '',
        }),
        data,
      };
    }
    if (noConfiguration) {
      // configd has no resolver at all: every lookup fails. The dns check gives the verdict.
      return { status: 'warn', cause: null, ...say('checks.dns-config.no_configuration'), data };
    }
    const main = resolvers.filter((r) => !r.scoped);
    const split = main.filter((r) => r.supplemental).length;
    return {
      status: 'pass',
      cause: null,
      ...say('checks.dns-config.ok', { resolvers: main.length, split }),
      data,
    };
  },
};
