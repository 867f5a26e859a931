import { matchGeometry, type DivisionSet } from '@member-alerts/geo';
import type { AlertEvent } from '@member-alerts/protocol';
import type { Member, MemberRole, Officer } from '@member-alerts/roster';
import type { Geometry } from 'geojson';
import { affectedAreas, points, roadWorks } from './inputs.util';
import { seededRandom } from './measure.util';
import type { SyntheticMember } from './synthetic-council';

const PORTFOLIOS = ['Highways and Transport', 'Children and Families', 'Community Safety and Resilience'];
const TOPICS = ['libraries', 'highways', 'flooding', 'waste', 'schools'];

/** Positions where a point falls in some division, so every generated event is valid. */
export function insidePositions(
  set: DivisionSet,
  positions: readonly [number, number][],
): [number, number][] {
  return positions.filter((p) => !matchGeometry(set, { type: 'Point', coordinates: p }).outsideCouncilArea);
}

/** The planner's view of the synthetic roster: a leader, a deputy, lead members and some interests. */
export function plannerMembers(members: readonly SyntheticMember[]): Member[] {
  const rnd = seededRandom(3);
  return members.map((m, i) => {
    const roles: MemberRole[] =
      i === 0
        ? ['leader']
        : i === 1
          ? ['deputy_leader']
          : i < 2 + PORTFOLIOS.length
            ? ['cabinet_lead_member']
            : [];
    const portfolio = i >= 2 && i < 2 + PORTFOLIOS.length ? PORTFOLIOS[i - 2] : undefined;
    const interests = rnd() < 0.05 ? [TOPICS[Math.floor(rnd() * TOPICS.length)] as string] : [];
    return {
      id: m.externalId,
      name: m.name,
      email: m.email,
      division: m.division,
      roles,
      ...(portfolio ? { portfolio } : {}),
      interests,
    };
  });
}

export const BENCH_OFFICERS: Officer[] = [
  {
    id: 'o1',
    name: 'Highways Officer',
    email: 'highways@bench.example',
    services: ['Highways', 'Road Works'],
  },
  { id: 'o2', name: 'Libraries Officer', email: 'libraries@bench.example', services: ['Libraries'] },
];

/**
 * A mix of every kind of event, as officers would send them: venues as points, road works as lines,
 * affected areas as polygons, named divisions, and one countywide consultation in twenty.
 */
export function mixedEvents(
  set: DivisionSet,
  inside: readonly [number, number][],
  n: number,
  seed: number,
  now: Date,
): AlertEvent[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const names = set.names;
  const someDivisions = (k: number) => Array.from({ length: k }, () => pick(names));
  const day = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString();
  const valid = (g: Geometry) => !matchGeometry(set, g).outsideCouncilArea;
  const lines = roadWorks(inside, seed).filter(valid);
  const areas = affectedAreas(inside, seed + 1).filter(valid);
  const pts = points(inside);
  const out: AlertEvent[] = [];
  for (let i = 0; i < n; i++) {
    const title = `Bench event ${i}`;
    const topics = [pick(TOPICS)];
    switch (i % 20) {
      case 0:
        out.push({
          kind: 'consultation',
          title,
          countywide: true,
          opensAt: day(10),
          closesAt: day(40),
          topics,
        });
        break;
      case 1:
      case 2:
      case 3:
        out.push({
          kind: 'facility_event',
          title,
          location: pick(pts),
          startsAt: day(14),
          servesAdjoining: rnd() < 0.5,
          topics,
        });
        break;
      case 4:
      case 5:
      case 6:
        out.push({
          kind: 'road_works',
          title,
          location: pick(lines),
          major: rnd() < 0.8,
          startsAt: day(3),
          topics: ['highways'],
        });
        break;
      case 7:
      case 8:
        out.push({
          kind: 'public_meeting',
          title,
          location: pick(pts),
          affectedArea: pick(areas),
          startsAt: day(7),
          topics,
        });
        break;
      case 9:
      case 10:
        out.push({
          kind: 'consultation',
          title,
          divisions: someDivisions(1 + Math.floor(rnd() * 4)),
          opensAt: day(5),
          topics,
        });
        break;
      case 11:
        out.push({
          kind: 'major_incident',
          title,
          divisions: someDivisions(1 + Math.floor(rnd() * 2)),
          portfolio: pick(PORTFOLIOS),
          topics: ['flooding'],
        });
        break;
      case 12:
        out.push({ kind: 'press_enquiry', title, location: pick(pts), portfolio: pick(PORTFOLIOS), topics });
        break;
      case 13:
        out.push({
          kind: 'complaints',
          title,
          divisions: someDivisions(1),
          individualServiceComplaint: rnd() < 0.5,
        });
        break;
      case 14:
        out.push({
          kind: 'sensitive_report',
          title,
          divisions: someDivisions(2),
          body: pick(['cabinet', 'scrutiny', 'informal_panel']),
          startsAt: day(21),
        });
        break;
      case 15:
        out.push({
          kind: 'member_public_meeting',
          title,
          location: pick(pts),
          service: pick(['Highways', 'Libraries']),
          startsAt: day(9),
        });
        break;
      case 16:
        out.push({ kind: 'service_change', title, location: pick(pts), topics: ['libraries'] });
        break;
      case 17:
        out.push({ kind: 'foi_request', title, divisions: someDivisions(1), controversial: rnd() < 0.7 });
        break;
      case 18:
        out.push({ kind: 'delegated_decision', title, affectedArea: pick(areas), topics });
        break;
      default:
        out.push({ kind: 'partnership_action', title, location: pick(lines), topics: ['waste'] });
    }
  }
  return out;
}
