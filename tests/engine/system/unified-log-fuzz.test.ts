/**
 * Property tests (≥ 100 000 inputs in total): garbage and mangled real lines never yield an event
 * that reads as healthy or as a cause the line does not contain, never throw, and chunking never
 * changes what is read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appleLogCheck } from '../../../electron/engine/checks/apple-log';
import { parseLogLine } from '../../../electron/engine/system/parsers/unified-log';
import { AppleLogCollector } from '../../../electron/engine/system/parsers/unified-log-events';
import { UnifiedLogStream } from '../../../electron/engine/system/parsers/unified-log-stream';
import { logShowArgs } from '../../../electron/engine/system/unified-log-query';
import { runCheck } from '../../../electron/engine/types';
import { interpretMessage } from '../../../shared/apple-codes/extract';
import { lookupCode } from '../../../shared/apple-codes/lookup';
import { fixture, makeCtx, scriptedRunner } from './helpers';

const REAL = fixture('unified-log.real-messages.txt').split('\n').filter(Boolean);
const FRAGMENTS = [
  'Error Domain=',
  'AKAuthenticationError',
  'AKAnisetteError',
  ' Code=',
  'Code=-70',
  '-7035',
  '-7028',
  '-8008',
  'error code: ',
  ' [12:8]',
  '[3:-98',
  'failed to connect ',
  '1:50',
  'evaluation failed(',
  'yielded status(',
  '(kCFStreamErrorDomainSSL, ',
  'ADIGetIDMSRouting ',
  '-45061',
  'exception: -2147408896',
  'Trust evaluate failure: [leaf ',
  'TemporalValidity]',
  'failed to obtain a BAA cert',
  'obtained BAA',
  'NSURLErrorDomain',
  '<private>',
  '\\/',
  '"',
  '{',
  '}',
  '\n',
  ' ',
  '-',
  ':',
];
const message = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.integer({ min: -2147483648, max: 99999 }).map(String)), { maxLength: 24 })
    .map((xs) => xs.join('')),
  fc
    .tuple(fc.constantFrom(...REAL), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }))
    .map(([l, a, b, s]) => `${l.slice(0, a % (l.length + 1))}${s}${l.slice(b % (l.length + 1))}`),
);

describe('fuzz: the code mapper', () => {
  it('every code it reports is literally in the message and maps through the tables; success only from the real marker (40 000 inputs)', () => {
    fc.assert(
      fc.property(message, (m) => {
        const r = interpretMessage(m);
        for (const f of r.all) {
          if (f.code !== null) {
            expect(m).toContain(String(f.code).replace(/^-/, ''));
            expect(f.entry).toEqual(lookupCode(f.domain, f.code));
          } else {
            expect(m).toMatch(/Trust evaluate failure: \[|failed to obtain a BAA cert/);
          }
        }
        if (r.primary) expect(r.all).toContain(r.primary);
        else expect(r.all).toEqual([]);
        expect(r.success === null || m.includes('obtained BAA certs')).toBe(true);
      }),
      { numRuns: 40_000 },
    );
  });
});

describe('fuzz: the ndjson line parser', () => {
  const recordish = fc.record(
    {
      processImagePath: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('/usr/libexec/akd', '\\/usr\\/libexec\\/apsd', '')),
      timestamp: fc.oneof(
        fc.string({ maxLength: 32 }),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().replace('T', ' ').replace('Z', '000+0000')),
      ),
      eventMessage: message,
      subsystem: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null)),
      finished: fc.constantFrom(undefined, 1),
    },
    { requiredKeys: [] },
  );
  it('never throws; a record always has a process, a finite time and the message as printed (30 000 inputs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          recordish.map((o) => JSON.stringify(o)),
          recordish.map((o) => JSON.stringify(o).slice(0, 60)),
        ),
        (line) => {
          const r = parseLogLine(line);
          if (r.kind === 'record') {
            expect(r.record.process.length).toBeGreaterThan(0);
            expect(Number.isFinite(r.record.at)).toBe(true);
            expect(line.trim().startsWith('{')).toBe(true);
            expect((JSON.parse(line) as { eventMessage: unknown }).eventMessage).toBe(r.record.message);
          }
        },
      ),
      { numRuns: 30_000 },
    );
  });
});

describe('fuzz: stream + collector', () => {
  const NOW = Date.parse('2026-12-01T14:10:00Z');
  const validLine = fc.tuple(fc.constantFrom('akd', 'apsd', 'trustd', 'Safari'), fc.integer({ min: 0, max: 40 }), message).map(([p, min, m]) =>
    JSON.stringify({
      processImagePath: `/usr/libexec/${p}`,
      timestamp: new Date(NOW - min * 60_000).toISOString().replace('T', ' ').replace('Z', '000+0000'),
      eventMessage: m,
    }),
  );
  const text = fc.array(fc.oneof(validLine, fc.string({ maxLength: 80 })), { maxLength: 12 }).map((ls) => ls.join('\n'));

  it('chunking never changes the result; every event’s cause comes from a code in its own line (25 000 inputs)', () => {
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 8 }), (t, cuts) => {
        const read = (chunks: string[]) => {
          const c = new AppleLogCollector({ now: NOW, windowMs: 15 * 60_000 });
          const s = new UnifiedLogStream({ maxBytes: 1e6, maxLines: 1000, maxLineChars: 100_000 }, (r) => c.add(r));
          for (const ch of chunks) s.push(Buffer.from(ch));
          return { stats: s.end(), result: c.result() };
        };
        const whole = read([t]);
        const chunks: string[] = [];
        let i = 0;
        for (let k = 0; i < t.length; k++) {
          const n = cuts[k % cuts.length]!;
          chunks.push(t.slice(i, i + n));
          i += n;
        }
        const split = read(chunks);
        expect(split.stats.records).toBe(whole.stats.records);
        expect(split.result.events.map((e) => `${e.process}${e.code}${e.count}`)).toEqual(whole.result.events.map((e) => `${e.process}${e.code}${e.count}`));
        for (const e of whole.result.events) {
          expect(e.process).not.toBe('Safari');
          expect(Date.parse(e.at)).toBeGreaterThanOrEqual(NOW - 15 * 60_000);
          if (e.code !== null) expect(lookupCode(e.domain, e.code)?.cause ?? null).toBe(e.cause);
        }
      }),
      { numRuns: 25_000 },
    );
  });

  it('output with no log record is never reported as a clean log (5 000 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ maxLength: 60 }).filter((s) => !s.includes('finished')),
          { minLength: 1, maxLength: 6 },
        ),
        async (lines) => {
          const stdout = lines.join('\n');
          const runner = scriptedRunner({ [['log', ...logShowArgs(15)].join(' ')]: stdout });
          const out = await runCheck(appleLogCheck, makeCtx({ runner }));
          const records = out.data.records ?? 0;
          if (records === 0 && stdout.trim() !== '') expect(out.status).toBe('error');
          expect(out.status === 'pass' && (out.data.events ?? []).some((e) => e.cause)).toBe(false);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
