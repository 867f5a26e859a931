import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEICS, runCli } from './run-cli';

const MEMBERS = 'fixtures/leicestershire/members.csv';
const OFFICERS = 'fixtures/leicestershire/officers.csv';
const FEED = 'fixtures/producers/street-manager.ndjson';
const NOW = '2027-01-05T10:00:00Z';
const flags = ['--divisions', LEICS, '--members', MEMBERS, '--officers', OFFICERS, '--now', NOW];
const ingest = (...more: string[]) => runCli(['ingest', 'street-manager', ...flags, ...more]);

interface Line {
  line: number;
  ref: string | null;
  outcome: string;
  reason: string;
  event?: { kind: string; title: string; startsAt: string; endsAt: string };
  plan?: {
    title: string;
    affectedDivisions: string[];
    recipients: { name: string; reasons: { relation: string }[] }[];
  };
}
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('member-alerts ingest street-manager', () => {
  const run = ingest('--highway-authority', '2465', '--input', FEED, '--json');
  const out = run.code === 0 ? lines(run.stdout) : [];

  it('prints one JSON line per input line, in order, and a summary on stderr', () => {
    expect(run.code).toBe(0);
    expect(out.map((l) => l.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(run.stderr).toContain(
      'read 20 messages: 4 alerts, 1 update, 2 cancellations, 10 ignored, 1 duplicate, 2 errors',
    );
  });

  it.each([
    [1, 'ignore', null],
    [2, 'alert', 'LE0012700001'],
    [3, 'duplicate', null],
    [4, 'ignore', 'LE0012700001'],
    [5, 'update', 'LE0012700001'],
    [6, 'ignore', 'LE0012700001'],
    [7, 'ignore', 'ACT-2465-0042'],
    [8, 'ignore', 'LE0012700003'],
    [9, 'alert', 'LE0012700002'],
    [10, 'ignore', 'TSR1591199404915'],
    [11, 'ignore', 'LE0012700004'],
    [12, 'error', null],
    [13, 'error', null],
    [14, 'cancel', 'LE0012700002'],
    [15, 'ignore', 'LE0012700005'],
    [16, 'ignore', 'LE0012700006'],
    [17, 'alert', 'LE0012700007'],
    [18, 'alert', 'LE0012700008'],
    [19, 'ignore', null],
    [20, 'cancel', 'LE0012700001'],
  ])(
    'line %i: %s for %s, with a reason, and an event and plan only when members are told',
    (n, outcome, ref) => {
      const l = out[n - 1];
      expect(l?.outcome).toBe(outcome);
      expect(l?.ref).toBe(ref);
      expect(l?.reason.length).toBeGreaterThan(5);
      const tells = ['alert', 'update', 'cancel'].includes(outcome);
      expect(l?.event !== undefined && l.plan !== undefined).toBe(tells);
      expect(
        Object.keys(l ?? {}).every((k) => ['line', 'ref', 'outcome', 'reason', 'event', 'plan'].includes(k)),
      ).toBe(true);
    },
  );

  it('tells both Oadby members, and the adjoining divisions’ members, of the London Road works', () => {
    const plan = out[1]?.plan;
    expect(plan?.title).toBe('Major road works: London Road, Oadby');
    expect(plan?.affectedDivisions).toEqual(['Oadby']);
    const local = plan?.recipients
      .filter((r) => r.reasons.some((x) => x.relation === 'local'))
      .map((r) => r.name);
    expect(local?.sort()).toEqual(['Oliver Belgrave', 'Wendy Wymeswold']);
    expect(plan?.recipients.some((r) => r.reasons.some((x) => x.relation === 'adjoining'))).toBe(true);
  });

  it('gives the update the new end, and the same plan as `plan --json` on the event it prints', () => {
    const update = out[4];
    expect(update?.event?.endsAt).toBe('2027-03-26T17:00:00.000Z');
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const file = join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(update?.event));
    const planned = runCli(['plan', ...flags, '--event', file, '--json']);
    expect(planned.code).toBe(0);
    expect(JSON.parse(planned.stdout)).toEqual(update?.plan);
  });

  it('prints a table democratic services can read without --json', () => {
    const r = ingest('--highway-authority', '2465', '--input', FEED);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Line\s+Outcome\s+Reference\s+Told\s+Why/);
    expect(r.stdout).toMatch(/\n2\s+alert\s+LE0012700001\s+6 people\s+Major works with multi-way signals/);
    expect(r.stdout).toMatch(
      /\n10\s+ignore\s+TSR1591199404915\s+the highway authority \(CITY OF WESTMINSTER\)/,
    );
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('says which works a redelivered message repeats, in the table and in JSON', () => {
    const r = ingest('--highway-authority', '2465', '--input', FEED);
    expect(r.stdout).toMatch(
      /\n3\s+duplicate\s+duplicate of LE0012700001: this SNS message was received before/,
    );
    expect(out[2]?.reason).toBe('duplicate of LE0012700001: this SNS message was received before');
  });

  it('reads works for another council only when given its code too', () => {
    const r = ingest('--highway-authority', '2465,5990', '--input', FEED, '--json');
    expect(lines(r.stdout)[9]?.outcome).toBe('ignore');
    expect(lines(r.stdout)[9]?.reason).toMatch(/outside the council area/);
  });

  it('counts lines as the file does, passing over blank ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    const file = join(dir, 'feed.ndjson');
    writeFileSync(
      file,
      '\n{"Type":"SubscriptionConfirmation","MessageId":"a"}\n\n{"Type":"Notification","MessageId":"b"}\n',
    );
    const r = ingest('--highway-authority', '2465', '--input', file, '--json');
    expect(lines(r.stdout).map((l) => [l.line, l.outcome])).toEqual([
      [2, 'ignore'],
      [4, 'error'],
    ]);
  });

  it.each([
    [['--input', FEED], /--highway-authority is required/],
    [['--highway-authority', '2465'], /--input is required/],
    [['--highway-authority', '24 65', '--input', FEED], /"24 65" is not one/],
    [
      ['--highway-authority', '2465', '--input', 'fixtures/producers/missing.ndjson'],
      /input file ".*missing.ndjson" does not exist/,
    ],
    [
      ['--highway-authority', '2465', '--input', FEED, '--now', 'soon'],
      /--now must be an ISO 8601 date-time/,
    ],
    [['--highway-authority', '2465', '--input', FEED, '--frobnicate'], /Unknown option '--frobnicate'/],
  ])('refuses %j in plain words, with no stack trace', (args, message) => {
    const r = ingest(...args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('asks what to ingest when the source is missing or unknown', () => {
    expect(runCli(['ingest']).stderr).toContain('say what to ingest: use street-manager');
    expect(runCli(['ingest', 'citizen-space', '--json']).stderr).toContain('"citizen-space" is not one');
  });
});
