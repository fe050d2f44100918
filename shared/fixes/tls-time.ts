/**
 * Fix cards for secure-connection problems (HTTPS inspection, certificates) and the clock.
 * Apple: "Apple services will fail any connection that uses HTTPS Interception (SSL Inspection)"
 * (support.apple.com/101555). Date & Time on macOS 13–26: System Settings › General › Date & Time.
 */
import type { FixCardDef } from '../fix-types';
import { copyCommand, openPane, openUrl, recheck, repair, URL_ENTERPRISE_NETWORKS } from './build';

export const TLS_TIME_CARDS: FixCardDef[] = [
  {
    id: 'tls-inspection-user',
    audience: 'user',
    recheck: ['signin-endpoints', 'push'],
    steps: [{ action: recheck(['signin-endpoints']) }, {}, {}, {}],
  },
  {
    id: 'tls-inspection-admin',
    audience: 'admin',
    recheck: ['signin-endpoints', 'push'],
    steps: [{ action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.open-apples-host-list') }, {}, {}, { action: recheck(['signin-endpoints', 'push']) }],
  },
  {
    id: 'tls-certificate-problem',
    audience: 'either',
    recheck: ['clock', 'signin-endpoints'],
    steps: [{ action: openPane('date-time', 'fixes.action.open-date-time') }, { action: recheck(['clock', 'signin-endpoints']) }, {}],
  },
  {
    id: 'clock-set-automatically',
    audience: 'user',
    recheck: ['time-settings', 'clock', 'signin-endpoints'],
    steps: [
      { action: openPane('date-time', 'fixes.action.open-date-time') },
      {},
      { action: repair('auto-time-on') },
      {},
      { text: 'fixes.step.check-again', action: recheck(['time-settings', 'clock', 'signin-endpoints']) },
    ],
  },
  {
    id: 'clock-step-now',
    audience: 'user',
    recheck: ['clock', 'signin-endpoints'],
    steps: [
      { text: 'fixes.step.make-sure-set-time-and-date', action: openPane('date-time', 'fixes.action.open-date-time') },
      { action: copyCommand('sudo sntp -sS time.apple.com', 'fixes.action.copy-clock-correction-command', 'fixes.note.copy-clock-correction-command') },
      { text: 'fixes.step.check-again', action: recheck(['clock', 'signin-endpoints']) },
    ],
  },
  {
    id: 'clock-unverifiable',
    audience: 'either',
    recheck: ['clock'],
    steps: [
      {},
      { text: 'fixes.step.make-sure-set-time-and-date', action: openPane('date-time', 'fixes.action.open-date-time') },
      { action: openUrl(URL_ENTERPRISE_NETWORKS, 'fixes.action.apple-hosts-and-ports') },
      { action: recheck(['clock']) },
    ],
  },
];
