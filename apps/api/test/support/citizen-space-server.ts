import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFixture } from '../../../../tools/testing/fixtures';

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

export type Behaviour = 'serve' | 'fail' | 'hang';

/**
 * A loopback Citizen Space site: `GET /api/2.4/json_search_results?st=open|forthcoming&fields=all`
 * answers the consultations whose status is that, as the real API does. It can fail (500) or hang.
 */
export class CitizenSpaceServer {
  consultations: Consultation[] = [];
  behaviour: Behaviour = 'serve';
  readonly requests: string[] = [];
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      this.requests.push(url.pathname + url.search);
      if (url.pathname !== '/api/2.4/json_search_results') {
        res.writeHead(404).end();
        return;
      }
      if (this.behaviour === 'hang') {
        this.hanging.add(res);
        return;
      }
      if (this.behaviour === 'fail') {
        res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
        return;
      }
      const st = url.searchParams.get('st');
      const listed = this.consultations.filter((c) => String(c['status']).toLowerCase() === st);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(listed));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
