import { parseEvent, planEvent, rosterRules } from '@member-alerts/protocol';
import { importMembersCsv, importOfficersCsv } from '@member-alerts/roster';
import { describe, expect, it } from 'vitest';
import { countyDivisions, leicestershirePolicy, readFixture } from '../../../../../tools/testing/fixtures';

const POLICY = leicestershirePolicy();
import { mapStreetManager } from './map-street-manager';
import {
  EMPTY_STREET_MANAGER_STATE,
  type StreetManagerResult,
  type StreetManagerState,
} from './street-manager.types';

const divisions = countyDivisions('leicestershire');
const council = { swaCodes: ['2465'], divisions };
const LONDON_ROAD = 'LINESTRING(461933.3 300748.0,462309.4 300474.6,462686.9 300090.1)';

// A permit message with the Event Notifier Message schema's field names.
function permit(eventType: string, eventTime: string, data: Record<string, unknown> = {}) {
  return {
    event_reference: 1,
    event_type: eventType,
    object_data: {
      work_reference_number: 'LE0099',
      permit_reference_number: 'LE0099-01',
      promoter_swa_code: '7374',
      promoter_organisation: 'Severn Trent Water',
      highway_authority: 'LEICESTERSHIRE COUNTY COUNCIL',
      works_location_coordinates: LONDON_ROAD,
      street_name: 'LONDON ROAD',
      area_name: 'OADBY AND WIGSTON',
      town: 'OADBY',
      work_category: 'Major',
      traffic_management_type: 'Multi-way signals',
      proposed_start_date: '2027-03-01T00:00:00.000Z',
      proposed_start_time: null,
      proposed_end_date: '2027-03-19T00:00:00.000Z',
      proposed_end_time: null,
      work_status: 'Planned work about to start',
      usrn: '2701234',
      highway_authority_swa_code: '2465',
      work_category_ref: 'major',
      traffic_management_type_ref: 'multi_way_signals',
      work_status_ref: 'planned',
      works_location_type: 'Carriageway',
      ...data,
    },
    event_time: eventTime,
    object_type: 'PERMIT',
    object_reference: 'LE0099-01',
    version: 1,
  };
}

/** Runs messages in order, keeping state as the CLI and the service do. */
function run(messages: readonly unknown[], state: StreetManagerState = EMPTY_STREET_MANAGER_STATE) {
  const out: StreetManagerResult[] = [];
  for (const m of messages) {
    const r = mapStreetManager(m, state, council);
    out.push(r);
    state = r.state;
  }
  return out;
}
const outcomes = (rs: readonly StreetManagerResult[]) => rs.map((r) => r.outcome);

describe('Street Manager notifications, the fixture feed line by line', () => {
  const results = run(readFixture('producers', 'street-manager.ndjson').split('\n').filter(Boolean));
  it.each([
    [1, 'ignore', null, /confirms a subscription/],
    [2, 'alert', 'LE0012700001', /Major works with multi-way signals/],
    [3, 'duplicate', null, /received before/],
    [4, 'ignore', 'LE0012700001', /nothing members need has changed/],
    [5, 'update', 'LE0012700001', /the end changed/],
    [6, 'ignore', 'LE0012700001', /older than a message already applied/],
    [7, 'ignore', 'ACT-2465-0042', /an activity/],
    [8, 'ignore', 'LE0012700003', /Standard works with stop\/go boards/],
    [9, 'alert', 'LE0012700002', /Minor works with road closure/],
    [10, 'ignore', 'TSR1591199404915', /CITY OF WESTMINSTER\) is not this council \(code 5990\)/],
    [11, 'ignore', 'LE0012700004', /outside the council area/],
    [12, 'error', null, /not valid JSON/],
    [13, 'error', null, /Message is not valid JSON/],
    [14, 'cancel', 'LE0012700002', /cancelled/],
    [15, 'ignore', 'LE0012700005', /refused before members were told/],
    [16, 'ignore', 'LE0012700006', /cancelled before members were told/],
    [17, 'alert', 'LE0012700007', /Provisional advance authorisation/],
    [18, 'alert', 'LE0012700008', /Major works/],
    [19, 'ignore', null, /unsubscription/],
    [20, 'cancel', 'LE0012700001', /revoked/],
  ])('line %i is %s (%s)', (line, outcome, ref, reason) => {
    const r = results[line - 1];
    expect(r?.outcome).toBe(outcome);
    expect(r?.ref).toBe(ref);
    expect(r?.reason).toMatch(reason);
    expect(r?.event !== undefined).toBe(['alert', 'update', 'cancel'].includes(outcome));
  });

  it('names the works a redelivered message repeats; one that named no works says only that it came before', () => {
    expect(results[2]?.reason).toBe('duplicate of LE0012700001: this SNS message was received before');
    const confirmation = readFixture('producers', 'street-manager.ndjson').split('\n')[0];
    const [, again] = run([confirmation, confirmation]);
    expect(again?.outcome).toBe('duplicate');
    expect(again?.reason).toBe('this SNS message was received before');
  });

  it('makes events POST /events accepts, each tagged with its works reference', () => {
    const made = results.flatMap((r) => (r.event ? [r.event] : []));
    expect(made).toHaveLength(7);
    for (const e of made) {
      expect(e.source).toBe('street-manager');
      expect(() => parseEvent(e.event, divisions, POLICY)).not.toThrow();
    }
    expect(made.map((e) => e.sourceRef)).toEqual([
      'LE0012700001',
      'LE0012700001',
      'LE0012700002',
      'LE0012700002',
      'LE0012700007',
      'LE0012700008',
      'LE0012700001',
    ]);
  });
});

describe('the event made from a major works permit on London Road, Oadby', () => {
  const [r] = run([
    permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', { permit_reference_number: 'LE0099-02' }),
  ]);
  const event = r?.event?.event;

  it('is major road works titled from the category, street and town, at that street and town', () => {
    expect(event).toMatchObject({
      kind: 'road_works',
      major: true,
      title: 'Major road works: London Road, Oadby',
      venue: 'London Road, Oadby',
    });
  });

  it('names the promoter, the traffic management and the permit', () => {
    expect(event?.description).toContain('Severn Trent Water');
    expect(event?.description).toContain('multi-way signals');
    expect(event?.description).toContain('LE0099-02');
  });

  it('runs from the start of the first day to the end of the last, London time (GMT in March)', () => {
    expect(event?.startsAt).toBe('2027-03-01T00:00:00.000Z');
    expect(event?.endsAt).toBe('2027-03-19T23:59:00.000Z');
  });

  it('reaches the Oadby members, and the adjoining divisions’ members (§35)', () => {
    const members = importMembersCsv(
      readFixture('leicestershire', 'members.csv'),
      divisions,
      rosterRules(POLICY),
    );
    const officers = importOfficersCsv(readFixture('leicestershire', 'officers.csv'));
    if (!members.ok || !officers.ok) throw new Error('the roster fixtures do not import');
    const plan = planEvent(parseEvent(event, divisions, POLICY), {
      divisions,
      members: members.rows,
      officers: officers.rows,
      now: new Date('2027-01-05T09:00:00Z'),
      policy: POLICY,
    });
    const local = plan.recipients.filter((x) => x.reasons.some((y) => y.relation === 'local'));
    expect(local.map((x) => x.reasons[0]?.division)).toEqual(['Oadby', 'Oadby']);
    const adjoining = new Set(
      plan.recipients.flatMap((x) =>
        x.reasons.filter((y) => y.relation === 'adjoining').map((y) => y.division),
      ),
    );
    expect(adjoining.has('East Wigston')).toBe(true);
  });
});

describe('which works alert (§35)', () => {
  const works = (category: string, ref: string, tm: string, tmRef: string) => ({
    work_category: category,
    work_category_ref: ref,
    traffic_management_type: tm,
    traffic_management_type_ref: tmRef,
  });
  it.each([
    ['major works', works('Major', 'major', 'Multi-way signals', 'multi_way_signals'), 'alert'],
    ['a provisional advance authorisation', works('PAA', 'paa', 'Lane closure', 'lane_closure'), 'alert'],
    [
      'standard works with a road closure',
      works('Standard', 'standard', 'Road closure', 'road_closure'),
      'alert',
    ],
    [
      'standard works with signals',
      works('Standard', 'standard', 'Two-way signals', 'two_way_signals'),
      'ignore',
    ],
    [
      'minor works with no carriageway incursion',
      works('Minor', 'minor', 'No carriageway incursion', 'no_carriageway_incursion'),
      'ignore',
    ],
    [
      'immediate urgent works with give and take',
      works('Immediate - urgent', 'immediate_urgent', 'Give and take', 'give_and_take'),
      'ignore',
    ],
  ])('%s: %s', (_what, data, outcome) => {
    const [r] = run([permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', data)]);
    expect(r?.outcome).toBe(outcome);
    if (outcome === 'ignore') {
      expect(r?.reason.toLowerCase()).toContain(data.work_category.toLowerCase());
      expect(r?.reason).toContain(data.traffic_management_type.toLowerCase());
    }
  });

  it('alerts on the first qualifying message whatever its type, in either spelling', () => {
    expect(outcomes(run([permit('work-start', '2027-03-01T08:00:00Z')]))).toEqual(['alert']);
    expect(outcomes(run([permit('WORK_START', '2027-03-01T08:00:00Z')]))).toEqual(['alert']);
  });

  it('reads any of the council’s codes, and no other', () => {
    const m = permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', { highway_authority_swa_code: '2440' });
    expect(mapStreetManager(m, EMPTY_STREET_MANAGER_STATE, council).outcome).toBe('ignore');
    expect(
      mapStreetManager(m, EMPTY_STREET_MANAGER_STATE, { ...council, swaCodes: ['2465', '2440'] }).outcome,
    ).toBe('alert');
  });
});

describe('later messages for the same works', () => {
  const first = permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z');
  it.each([
    ['the start', { proposed_start_date: '2027-03-08T00:00:00.000Z' }, /the start changed/],
    ['the end', { proposed_end_time: '16:00' }, /the end changed/],
    ['the location', { works_location_coordinates: 'POINT(462309.4 300474.6)' }, /the location changed/],
    ['the category', { work_category_ref: 'standard', work_category: 'Standard' }, /the category changed/],
    [
      'the traffic management',
      { traffic_management_type_ref: 'road_closure' },
      /the traffic management changed/,
    ],
  ])('a change of %s is an update', (_what, data, reason) => {
    const [, r] = run([first, permit('PERMIT_ALTERATION_GRANTED', '2027-01-10T09:00:00Z', data)]);
    expect(r?.outcome).toBe('update');
    expect(r?.reason).toMatch(reason);
    expect(() => parseEvent(r?.event?.event, divisions, POLICY)).not.toThrow();
  });

  it('a change of status only, or a new unknown field, is ignored: nothing members need changed', () => {
    const later = permit('work-start', '2027-03-01T08:05:00Z', {
      work_status_ref: 'in_progress',
      brand_new_field: 'x',
    });
    expect(outcomes(run([first, later]))).toEqual(['alert', 'ignore']);
  });

  it('orders by event_time: an older message is ignored even if it differs', () => {
    const newer = permit('PERMIT_ALTERATION_GRANTED', '2027-01-10T09:00:00Z', { proposed_end_time: '16:00' });
    const older = permit('PERMIT_ALTERATION_GRANTED', '2027-01-07T09:00:00Z', {
      proposed_start_date: '2027-04-01T00:00:00Z',
    });
    expect(outcomes(run([first, newer, older]))).toEqual(['alert', 'update', 'ignore']);
  });

  it.each(['PERMIT_CANCELLED', 'PERMIT_REVOKED', 'permit-revoked'])(
    '%s after the alert cancels it, once',
    (type) => {
      const rs = run([
        first,
        permit(type, '2027-01-10T09:00:00Z'),
        permit('PERMIT_GRANTED', '2027-01-11T09:00:00Z'),
      ]);
      expect(outcomes(rs)).toEqual(['alert', 'cancel', 'ignore']);
      expect(rs[1]?.event?.event.title).toBe('Major road works: London Road, Oadby');
    },
  );

  it.each(['PERMIT_CANCELLED', 'PERMIT_REVOKED', 'PERMIT_REFUSED'])(
    '%s before any alert is ignored',
    (type) => {
      expect(outcomes(run([permit(type, '2027-01-05T09:00:00Z')]))).toEqual(['ignore']);
    },
  );

  it('keeps state purely: the same state given twice gives the same answer', () => {
    const [a] = run([first]);
    expect(mapStreetManager(first, EMPTY_STREET_MANAGER_STATE, council).outcome).toBe('alert');
    expect(EMPTY_STREET_MANAGER_STATE.works).toEqual({});
    expect(mapStreetManager(first, a?.state ?? EMPTY_STREET_MANAGER_STATE, council).outcome).toBe('ignore');
  });
});

describe('when the works run, from the proposed dates and times', () => {
  it.each([
    [
      'dates at London midnight in summer, no times: the whole London days (BST)',
      { proposed_start_date: '2027-06-07T23:00:00.000Z', proposed_end_date: '2027-06-25T23:00:00.000Z' },
      ['2027-06-07T23:00:00.000Z', '2027-06-26T22:59:00.000Z'],
    ],
    [
      'dates at UTC midnight, as in the docs’ sample, with a start time "13:50" in summer',
      {
        proposed_start_date: '2027-06-10T00:00:00.000Z',
        proposed_start_time: '13:50',
        proposed_end_date: '2027-06-12T00:00:00.000Z',
      },
      ['2027-06-10T12:50:00.000Z', '2027-06-12T22:59:00.000Z'],
    ],
    [
      'full date-times for the times, as the schema types them',
      {
        proposed_start_date: '2027-01-11T00:00:00.000Z',
        proposed_start_time: '2027-01-11T20:00:00.000Z',
        proposed_end_date: '2027-02-05T00:00:00.000Z',
        proposed_end_time: '2027-02-05T06:00:00.000Z',
      },
      ['2027-01-11T20:00:00.000Z', '2027-02-05T06:00:00.000Z'],
    ],
  ])('%s', (_what, data, [startsAt, endsAt]) => {
    const [r] = run([permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', data)]);
    expect(r?.event?.event.startsAt).toBe(startsAt);
    expect(r?.event?.event.endsAt).toBe(endsAt);
  });
});

describe('messages that cannot be used', () => {
  it.each([
    [
      'no works reference',
      permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', { work_reference_number: undefined }),
      /names no works reference/,
    ],
    [
      'no event_time',
      { ...permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z'), event_time: 'yesterday' },
      /event_time/,
    ],
    [
      'an unreadable location',
      permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', { works_location_coordinates: 'POINT(' }),
      /works location/,
    ],
    [
      'an unreadable date',
      permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', { proposed_start_date: 'next week' }),
      /start or end date/,
    ],
    [
      'an end before the start',
      permit('PERMIT_GRANTED', '2027-01-05T09:00:00Z', { proposed_end_date: '2027-02-01T00:00:00Z' }),
      /end is before the start/,
    ],
    ['a JSON array', [], /not a JSON object/],
  ])('%s is an error, saying why', (_what, message, reason) => {
    const [r] = run([message]);
    expect(r?.outcome).toBe('error');
    expect(r?.reason).toMatch(reason);
  });
});
