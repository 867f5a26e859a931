import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEICS, ROOT, runCli } from './run-cli';

const POLICY = 'fixtures/leicestershire/policy.yaml';
const TEXT = readFileSync(join(ROOT, POLICY), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'member-alerts-policy-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('member-alerts policy', () => {
  it("check: Leicestershire's file is valid, with its choices counted", () => {
    const r = runCli(['policy', 'check', POLICY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /is a valid policy file: Leicestershire County Council, 13 kinds of event, \d+ rules that are the council's own choices/,
    );
  });

  it('check: a bad file fails with the line, the key and what is wrong, and no stack trace', () => {
    const bad = file('bad.yaml', TEXT.replace('      date: opensAt', '      date: closesAt'));
    const line = TEXT.split('\n').findIndex((l) => l === '      date: opensAt') + 1;
    const r = runCli(['policy', 'check', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `member-alerts policy check: policy file "${bad}" has 1 problem, so none of it is used:\n` +
        `line ${line}: kinds.consultation.timing.date: a consultation does not require closesAt, so notice cannot be timed from it; add it to requires: or time it from opensAt\n`,
    );
  });

  it("show: prints the rules in words, with the protocol's text or the council's reason", () => {
    const r = runCli(['policy', 'show', POLICY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Consultation (§31)');
    expect(r.stdout).toContain('The council\'s choice: §31 says "immediately prior to the outset".');
    expect(r.stdout).toContain('The protocol: "the Leader, Deputy Leader or Cabinet Lead Member"');
  });

  it('show: says which roles only one member may hold', () => {
    const r = runCli(['policy', 'show', POLICY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Only one member at a time may be Leader of the Council or Deputy Leader');
  });

  it('plan --policy: the same consultation is planned under another file', () => {
    const event = file(
      'consultation.json',
      JSON.stringify({
        kind: 'consultation',
        title: 'Oadby parking',
        divisions: ['Oadby'],
        opensAt: '2027-03-10T12:00:00Z',
      }),
    );
    const twoDays = file('two-days.yaml', TEXT.replace('      hours: 24', '      hours: 48'));
    const args = [
      'plan',
      '--divisions',
      LEICS,
      '--members',
      'fixtures/leicestershire/members.csv',
      '--event',
      event,
      '--now',
      '2027-01-01T00:00:00Z',
      '--json',
    ];
    const sendAt = (extra: string[]) =>
      (JSON.parse(runCli([...args, ...extra]).stdout) as { sendAt: string }).sendAt;
    expect(sendAt([])).toBe('2027-03-09T12:00:00.000Z');
    expect(sendAt(['--policy', twoDays])).toBe('2027-03-08T12:00:00.000Z');
  });

  it("check and plan --policy: Nottinghamshire's example file, with its own boundaries and roster", () => {
    const notts = 'fixtures/nottinghamshire/policy.yaml';
    const check = runCli(['policy', 'check', notts]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toMatch(
      /is a valid policy file: Nottinghamshire County Council, 11 kinds of event, \d+ rules that are the council's own choices/,
    );
    // A service change at a Mansfield postcode (NG18 4AA), in a division that elects two.
    const event = file(
      'mansfield.json',
      JSON.stringify({
        kind: 'service_change',
        title: 'Library opening hours',
        location: { type: 'Point', coordinates: [-1.195721, 53.131258] },
      }),
    );
    const args = [
      'plan',
      '--divisions',
      'fixtures/nottinghamshire/divisions.geojson',
      '--members',
      'fixtures/nottinghamshire/members.csv',
      '--event',
      event,
      '--json',
    ];
    type Planned = { paragraph: string; affectedDivisions: string[]; recipients: { name: string }[] };
    const r = runCli([...args, '--policy', notts]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as Planned;
    expect(plan.affectedDivisions).toEqual(['Mansfield South']);
    expect(plan.recipients.map((m) => m.name).sort()).toEqual(['Hamish Mattersey', 'Imogen Ranskill']);
    // Rule 10 of Nottinghamshire's example; Leicestershire's rules put a service change under §35.
    expect(plan.paragraph).toBe('10');
    // Without --policy, the rules are those of the council COUNCIL names, as the API's are.
    const byCouncil = JSON.parse(runCli(args, undefined, { COUNCIL: 'nottinghamshire' }).stdout) as Planned;
    expect(byCouncil.paragraph).toBe('10');
    // Leicestershire's rules define no opposition group leaders and no Overview Committee, so
    // Nottinghamshire's roster cannot be held under them: each such row is named.
    const leics = runCli(args, undefined, { COUNCIL: 'leicestershire' });
    expect(leics.code).not.toBe(0);
    expect(leics.stderr).toMatch(/"opposition_group_leader" is not a role the council's rules define/);
    expect(leics.stderr).toMatch(/"overview" is not a body the council's rules define/);
  });
});
