/**
 * Named fault scenarios for the simulated network (UI e2e, preview, bench). Each one is applied on
 * top of a fully healthy network by `sim.faults.scenario(name)`; the expected light is documented so
 * consumers do not have to reverse-engineer it.
 */
import type { SimFaults } from './sim-network';

export type SimScenario =
  | 'healthy'
  | 'dns-nxdomain'
  | 'dns-blackhole'
  | 'one-endpoint-down'
  | 'push-5223-blocked'
  | 'captive-portal'
  | 'interception'
  | 'everything-blackholed'
  | 'connections-refused'
  | 'tls-failing';

/** Expected traffic light per scenario (off macOS, with a healthy clock and status feed). */
export const SCENARIO_LIGHT: Record<SimScenario, 'green' | 'amber' | 'red'> = {
  healthy: 'green',
  'dns-nxdomain': 'red',
  'dns-blackhole': 'red',
  'one-endpoint-down': 'amber',
  'push-5223-blocked': 'amber',
  'captive-portal': 'red',
  interception: 'red',
  'everything-blackholed': 'red',
  'connections-refused': 'red',
  'tls-failing': 'red',
};

export const SIM_SCENARIOS: Record<SimScenario, (f: SimFaults) => Promise<void> | void> = {
  healthy: () => {},
  /** Every name → NXDOMAIN (sign-in, push and captive hosts). */
  'dns-nxdomain': (f) => f.dns.setFault('*', 'nxdomain'),
  'dns-blackhole': (f) => f.dns.setFault('*', 'blackhole'),
  /**
   * gsa.apple.com answers 503; the other three work. (A refused connection would be blamed on the
   * 127.0.0.1 answer as `dns.bogon` — OONI's rule — unless the sim runs with `answerAddress`.)
   */
  'one-endpoint-down': (f) => f.endpoint('gsa', 'http-503'),
  /** APNs port 5223 refused, 443 open → push.fallback_only. */
  'push-5223-blocked': (f) => f.push('primary', 'refused'),
  /** The Wi-Fi wants a login: the captive probe gets the portal page, HTTPS to Apple gets the portal's certificate. */
  'captive-portal': async (f) => {
    await f.captive('portal-page');
    await f.endpoint('*', 'wrong-san');
  },
  /** A trusted inspection root re-signs Apple's certificates. */
  interception: (f) => f.endpoint('*', 'intercept'),
  /** DNS, NTP and the status feed never answer. */
  'everything-blackholed': (f) => {
    f.dns.setFault('*', 'blackhole');
    f.comparisonDns?.setFault('*', 'blackhole');
    f.ntp('blackhole');
    f.statusFeed('silence');
  },
  /** Every sign-in endpoint and both APNs ports answer RST (the monitor soak's refused connects). */
  'connections-refused': async (f) => {
    await f.endpoint('*', 'refused');
    await f.push('primary', 'refused');
    await f.push('fallback', 'refused');
  },
  /** Every sign-in endpoint presents an expired certificate (the monitor soak's TLS failures). */
  'tls-failing': (f) => f.endpoint('*', 'expired'),
};
