import type { ServerResponse } from 'node:http';
import { readFixture } from '../../../../tools/testing/fixtures';
import { LoopbackSite } from '../../../../tools/testing/loopback-site';

export type { Behaviour } from '../../../../tools/testing/loopback-site';

export type Consultation = Record<string, unknown>;

/** The fixture consultations (written from Citizen Space's json_search_results, fields=all). */
export function fixtureConsultations(): Consultation[] {
  return JSON.parse(readFixture('producers', 'citizen-space-results.json')) as Consultation[];
}

const day = (fromToday: number) => {
  const d = new Date(Date.now() + fromToday * 86_400_000);
  return `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`;
};

/**
 * The fixture's open and forthcoming consultations with dates moved to come: forthcoming ones open
 * in `opensIn` days, open ones opened yesterday; each runs for six weeks.
 */
export function consultationsToCome(opensIn = 10): Consultation[] {
  return fixtureConsultations()
    .filter((c) => c['status'] !== 'Closed')
    .map((c) => {
      const start = c['status'] === 'Forthcoming' ? opensIn : -1;
      return { ...c, startdate: day(start), enddate: day(start + 42) };
    });
}

/**
 * A loopback Citizen Space site: `GET /api/2.4/json_search_results?st=open|forthcoming&fields=all`
 * answers the consultations whose status is that, as the real API does. It can fail (500) or hang.
 */
export class CitizenSpaceServer extends LoopbackSite {
  consultations: Consultation[] = [];

  protected serves(url: URL): boolean {
    return url.pathname === '/api/2.4/json_search_results';
  }

  protected answer(url: URL, res: ServerResponse): void {
    const st = url.searchParams.get('st');
    const listed = this.consultations.filter((c) => String(c['status']).toLowerCase() === st);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(listed));
  }
}
