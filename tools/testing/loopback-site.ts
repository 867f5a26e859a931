// A loopback stand-in for a remote web service in tests: it records each request's path, and can
// answer as the service does, fail (500) or hang, so a test can see what the product makes of each.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'serve' | 'fail' | 'hang';

export abstract class LoopbackSite {
  behaviour: Behaviour = 'serve';
  readonly requests: string[] = [];
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();

  /** Whether the service has this address at all; others answer 404, whatever the behaviour. */
  protected abstract serves(url: URL): boolean;
  /** The service's answer, when it behaves. */
  protected abstract answer(url: URL, res: ServerResponse, req: IncomingMessage): void;
  /** Addresses answered whatever the behaviour (pages beside the feed that is failing). */
  protected always(_url: URL, _res: ServerResponse): boolean {
    return false;
  }

  /** Starts listening on a free loopback port; resolves with the site's address. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      this.requests.push(url.pathname + url.search);
      if (this.always(url, res)) return;
      if (!this.serves(url)) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
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
      this.answer(url, res, req);
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
