import { ApiClient } from '../api/api-client';

export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A JSON answer, as the API gives it. */
export const jsonReply = (status: number, body: unknown): Promise<Response> =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

/**
 * An ApiClient whose requests `route` answers in memory; every request is recorded in `sent`, with
 * its path (query left off) and its JSON body.
 */
export function fakeApi(route: (req: SentRequest) => Promise<Response>) {
  const sent: SentRequest[] = [];
  const fetcher: typeof fetch = (input, init) => {
    // The client calls with a path string and a JSON string body.
    const path = (typeof input === 'string' ? input : '').replace(/\?.*$/, '');
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const req = { method, path, body };
    sent.push(req);
    return route(req);
  };
  return { sent, api: new ApiClient('dev-democratic-services', () => undefined, fetcher) };
}
