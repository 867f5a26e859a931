import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const MAIL = 'fixtures/producers/mail';
const FEED = 'fixtures/producers/whatdotheyknow/leicestershire_county_council.json';

describe('member-alerts ingest mail', () => {
  it('prints the draft with its divisions, the sender apart from the event', () => {
    const r = runCli([
      'ingest',
      'mail',
      '--input',
      `${MAIL}/press-enquiry.eml`,
      '--kind',
      'press_enquiry',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      outcome: string;
      draft: { event: { kind: string; title: string; divisions: string[] }; sender: { name: string } };
    };
    expect(out.outcome).toBe('draft');
    expect(out.draft.event).toMatchObject({
      kind: 'press_enquiry',
      title: 'Flooding on Station Road, Kegworth',
      divisions: ['Castle Donington & Kegworth', 'Oadby'],
    });
    expect(JSON.stringify(out.draft.event)).not.toContain('Jo Reporter');
    expect(out.draft.sender.name).toBe('Jo Reporter');
  });

  it('leaves the kind to the officer when --kind is not given, and says so in words', () => {
    const r = runCli(['ingest', 'mail', '--input', `${MAIL}/foi-html.eml`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Draft for the officer to choose its kind: Freedom of Information request: gritting routes',
    );
    expect(r.stdout).toContain('Divisions: Loughborough East, Loughborough South, Lutterworth');
  });

  it('prints why an automatic reply is ignored', () => {
    const r = runCli(['ingest', 'mail', '--input', `${MAIL}/out-of-office.eml`]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('Ignored: it is an automatic reply, such as an out-of-office message');
  });

  it.each([
    [
      ['--input', `${MAIL}/foi-html.eml`, '--kind', 'complaint'],
      '--kind is press_enquiry or foi_request, not "complaint"',
    ],
    [['--input', `${MAIL}/nothing-here.eml`], 'does not exist'],
    [[], '--input is required'],
  ])('refuses %j in words', (args, message) => {
    const r = runCli(['ingest', 'mail', ...args]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(message);
  });
});

describe('member-alerts ingest whatdotheyknow', () => {
  it('prints one draft or update per new event, with the request link, and where the next read starts', () => {
    const r = runCli(['ingest', 'whatdotheyknow', '--input', FEED, '--json']);
    expect(r.code).toBe(0);
    const items = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            eventId: number;
            outcome: string;
            draft: { event: { link: string; divisions: string[] } };
          },
      );
    expect(items.map((i) => [i.eventId, i.outcome])).toEqual([
      [90001, 'draft'],
      [90002, 'draft'],
      [90003, 'update'],
      [90004, 'update'],
    ]);
    expect(items[1]?.draft.event).toMatchObject({
      link: 'https://www.whatdotheyknow.com/request/pothole_claims_birstall',
      divisions: ['Birstall'],
    });
    expect(r.stderr).toContain('read 4 new events; the next read starts after event 90004');
  });

  it('starts after --after, as the service resumes after a restart', () => {
    const r = runCli(['ingest', 'whatdotheyknow', '--input', FEED, '--after', '90003', '--json']);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { eventId: number }).eventId),
    ).toEqual([90004]);
  });

  it('says when the feed is not JSON', () => {
    const r = runCli(['ingest', 'whatdotheyknow', '--input', `${MAIL}/bounce.eml`]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('the feed is not JSON');
  });
});
