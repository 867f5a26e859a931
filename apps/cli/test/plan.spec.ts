import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEICS, runCli } from './run-cli';

const MEMBERS = 'fixtures/leicestershire/members.csv';
const OFFICERS = 'fixtures/leicestershire/officers.csv';
const EVENTS = 'fixtures/leicestershire/events';
const base = [
  'plan',
  '--divisions',
  LEICS,
  '--members',
  MEMBERS,
  '--officers',
  OFFICERS,
  '--now',
  '2027-01-01T00:00:00Z',
];

type Plan = {
  id?: string;
  error?: string;
  sendAt: string;
  recipients: {
    name: string;
    action: string;
    reasons: { relation: string; paragraph: string; division?: string }[];
  }[];
  excluded?: { reason: string; paragraph: string }[];
};

describe('member-alerts plan', () => {
  it('plans one event as JSON: both Oadby members invited, adjoining members too, each citing §28', () => {
    const r = runCli([...base, '--event', `${EVENTS}/library-opening-oadby.json`, '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Plan;
    const local = plan.recipients.filter((x) => x.reasons.some((y) => y.relation === 'local'));
    expect(local.map((x) => x.name).sort()).toEqual(['Oliver Belgrave', 'Wendy Wymeswold']);
    expect(local.every((x) => x.action === 'invite' && x.reasons.every((y) => y.paragraph === '28'))).toBe(
      true,
    );
    const adjoining = plan.recipients.filter((x) => x.reasons.some((y) => y.relation === 'adjoining'));
    expect(adjoining.map((x) => x.reasons[0]?.division).sort()).toEqual([
      'East Wigston',
      'Gartree',
      'Launde',
      'North Wigston',
    ]);
  });

  it('prints a table democratic services can read, one row per person with the paragraph', () => {
    const r = runCli([...base, '--event', `${EVENTS}/road-works-a6.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Name\s+Action\s+Relation\s+§\s+Division/);
    expect(r.stdout).toMatch(/notify\s+local\s+35\s+Quorn & Barrow/);
    expect(r.stdout).toMatch(/notify\s+adjoining\s+35\s+Bradgate/);
  });

  it('plans a batch, one line per event with its id, and reports bad lines without stopping', () => {
    const r = runCli([...base, '--events', `${EVENTS}/mixed.ndjson`, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Plan);
    expect(lines.map((l) => l.id)).toEqual(['consult-waste', 'incident-flood', 'complaint-bin', 'bad']);
    expect(lines[0]?.recipients).toHaveLength(55);
    expect(lines[0]?.sendAt).toBe('2027-01-14T09:00:00.000Z'); // §31: the day before it opens
    expect(lines[2]?.recipients).toEqual([]);
    expect(lines[2]?.excluded?.[0]?.paragraph).toBe('26, 35');
    expect(lines[3]?.error).toMatch(/"parade" is not a kind of event/);
    expect(r.stderr).toMatch(/planned 3 of 4 events; 1 had errors/);
  });

  it('rejects a bad roster with every bad row named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'member-alerts-plan-'));
    const csv = join(dir, 'members.csv');
    writeFileSync(csv, 'id,name,email,division\nm1,Ann,not-an-email,Oadby\nm2,Bob,bob@x.example,Atlantis\n');
    const r = runCli([
      'plan',
      '--divisions',
      LEICS,
      '--members',
      csv,
      '--event',
      `${EVENTS}/road-works-a6.json`,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2, email/);
    expect(r.stderr).toMatch(/row 3, division: "Atlantis" is not a division/);
  });

  it('rejects an invalid event naming every bad field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'member-alerts-plan-'));
    const f = join(dir, 'event.json');
    writeFileSync(f, JSON.stringify({ kind: 'consultation', title: 'x<script>', divisions: ['Narnia'] }));
    const r = runCli([...base, '--event', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/title/);
    expect(r.stderr).toMatch(/Narnia/);
    expect(r.stderr).toMatch(/opensAt/);
  });

  it('needs exactly one of --event and --events', () => {
    const r = runCli(['plan', '--divisions', LEICS, '--members', MEMBERS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exactly one of --event or --events/);
  });
});
