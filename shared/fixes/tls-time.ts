/**
 * Fix cards for secure-connection problems (HTTPS inspection, certificates) and the clock.
 * Apple: "Apple services will fail any connection that uses HTTPS Interception (SSL Inspection)"
 * (support.apple.com/101555). Date & Time on macOS 13–26: System Settings › General › Date & Time.
 */
import type { FixCard } from '../fix-types';
import { copyCommand, openPane, openUrl, recheck, repair, URL_ENTERPRISE_NETWORKS } from './build';

export const TLS_TIME_CARDS: FixCard[] = [
  {
    id: 'tls-inspection-user',
    title: 'Stop HTTPS scanning of Apple traffic',
    why: 'A security app or company proxy is opening the secure connection to Apple to inspect it. Apple rejects sign-in through such inspection, so it has to be switched off for Apple.',
    audience: 'user',
    recheck: ['signin-endpoints', 'push'],
    steps: [
      {
        text: 'If you use antivirus or internet-security software, open it and turn off its “HTTPS scanning”, “web protection”, “SSL filtering” or “encrypted connection scanning” option (or exclude apple.com), then check again.',
        action: recheck(['signin-endpoints']),
      },
      { text: 'Parental-control and ad-blocking apps that install their own certificate do the same: pause them and check again.' },
      {
        text: 'On a work, school or managed Mac, do not try to work around it: ask IT to exempt Apple’s hosts from SSL/HTTPS inspection (the report shows which certificate issuer intercepted the connection).',
      },
      { text: 'Join another network, for example your iPhone’s Personal Hotspot, to confirm: if sign-in works there, the inspection happens on this network.' },
    ],
  },
  {
    id: 'tls-inspection-admin',
    title: 'Exempt Apple hosts from SSL inspection',
    why: 'Apple states that its services fail any connection that uses HTTPS interception (SSL inspection). The proxy or firewall must pass Apple traffic through untouched.',
    audience: 'admin',
    recheck: ['signin-endpoints', 'push'],
    steps: [
      {
        text: 'Open Apple’s “Use Apple products on enterprise networks” article and add every Apple Account, iCloud, push and App Store host it lists to the SSL/HTTPS inspection bypass list.',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Open Apple’s host list'),
      },
      {
        text: 'At minimum bypass appleid.apple.com, appleid.cdn-apple.com, idmsa.apple.com, gsa.apple.com and *.push.apple.com, or the whole 17.0.0.0/8 network.',
      },
      { text: 'Let these hosts through without proxy authentication where possible: macOS background services cannot always supply proxy credentials.' },
      { text: 'Ask the user to check again after the policy is applied.', action: recheck(['signin-endpoints', 'push']) },
    ],
  },
  {
    id: 'tls-certificate-problem',
    title: 'Certificate not accepted',
    why: 'The server that answered did not present a valid certificate for Apple. Either this Mac’s clock is wrong, or something on the network is impersonating Apple.',
    audience: 'either',
    recheck: ['clock', 'signin-endpoints'],
    steps: [
      {
        text: 'First make sure this Mac’s date and time are right (see the clock card); a wrong clock makes good certificates look expired or not yet valid.',
        action: openPane('date-time', 'Open Date & Time'),
      },
      { text: 'Join another network, for example your iPhone’s Personal Hotspot, and check again.', action: recheck(['clock', 'signin-endpoints']) },
      {
        text: 'If it only fails on this network, a security app or the network is intercepting the connection: see the HTTPS scanning card, or tell the network owner.',
      },
    ],
  },
  {
    id: 'clock-set-automatically',
    title: 'Set the date and time automatically',
    why: 'Secure connections and verification codes depend on the correct time. When the Mac sets its clock automatically from Apple’s time server, it stays right.',
    audience: 'user',
    recheck: ['time-settings', 'clock', 'signin-endpoints'],
    steps: [
      { text: 'Open System Settings › General › Date & Time.', action: openPane('date-time', 'Open Date & Time') },
      { text: 'Turn on “Set time and date automatically” and make sure the source is time.apple.com (you may need to enter an administrator password).' },
      {
        text: 'Or let this app turn it on for you with time.apple.com: it shows the command first and macOS asks for your administrator password.',
        action: repair('auto-time-on'),
      },
      { text: 'Turn on “Set time zone automatically using your current location”, or choose the right time zone by hand.' },
      { text: 'Check again.', action: recheck(['time-settings', 'clock', 'signin-endpoints']) },
    ],
  },
  {
    id: 'clock-step-now',
    title: 'Correct the clock now',
    why: 'Even with automatic time on, a clock that is far off can take a while to catch up. You can set it right at once from Apple’s time server.',
    audience: 'user',
    recheck: ['clock', 'signin-endpoints'],
    steps: [
      {
        text: 'Make sure “Set time and date automatically” is on in System Settings › General › Date & Time.',
        action: openPane('date-time', 'Open Date & Time'),
      },
      {
        text: 'To correct the clock immediately, copy this command, paste it into Terminal and enter your administrator password.',
        action: copyCommand(
          'sudo sntp -sS time.apple.com',
          'Copy clock-correction command',
          'Asks Apple’s time server (time.apple.com) for the time and sets this Mac’s clock to it once. Needs an administrator password. It does not change any settings.',
        ),
      },
      { text: 'Check again.', action: recheck(['clock', 'signin-endpoints']) },
    ],
  },
  {
    id: 'clock-unverifiable',
    title: 'Time server not reachable',
    why: 'This Mac could not reach Apple’s time server, so it cannot keep its clock right automatically on this network. That is harmless while the clock is still correct.',
    audience: 'either',
    recheck: ['clock'],
    steps: [
      { text: 'Compare the clock in the menu bar with your phone. If they match to within a few seconds, nothing needs to be done now.' },
      {
        text: 'Make sure “Set time and date automatically” is on in System Settings › General › Date & Time.',
        action: openPane('date-time', 'Open Date & Time'),
      },
      {
        text: 'Network owner: allow outgoing UDP port 123 to time.apple.com (Apple’s time service).',
        action: openUrl(URL_ENTERPRISE_NETWORKS, 'Apple hosts and ports'),
      },
      { text: 'Check again on another network.', action: recheck(['clock']) },
    ],
  },
];
