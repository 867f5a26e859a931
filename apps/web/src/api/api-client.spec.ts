import { describe, expect, it } from 'vitest';
import { ApiClient } from './api-client';

function recorder(status = 200) {
  const sent: { method: string; headers: Record<string, string> }[] = [];
  const fetcher: typeof fetch = (_url, init) => {
    sent.push({ method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string> });
    return Promise.resolve(new Response('{"message":"x"}', { status }));
  };
  return { sent, fetcher };
}

describe('the API client with a session cookie', () => {
  it('sends the CSRF token with changes, not with reads, and no Authorization header', async () => {
    const { sent, fetcher } = recorder();
    const api = new ApiClient(null, () => undefined, fetcher, '', 'the-token');
    await api.request('/events');
    await api.request('/events', { method: 'POST', body: {} });
    expect(sent[0]?.headers['X-CSRF-Token']).toBeUndefined();
    expect(sent[1]?.headers['X-CSRF-Token']).toBe('the-token');
    expect(sent[1]?.headers['Authorization']).toBeUndefined();
  });

  it('goes back to sign-in when the session has ended (401)', async () => {
    const { fetcher } = recorder(401);
    let signedOut = 0;
    const api = new ApiClient(null, () => (signedOut += 1), fetcher, '', 'the-token');
    await expect(api.request('/events')).rejects.toThrow();
    expect(signedOut).toBe(1);
  });

  it('sends a key as a bearer token, without a CSRF token', async () => {
    const { sent, fetcher } = recorder();
    await new ApiClient('dev-officer', () => undefined, fetcher).request('/events', {
      method: 'POST',
      body: {},
    });
    expect(sent[0]?.headers['Authorization']).toBe('Bearer dev-officer');
    expect(sent[0]?.headers['X-CSRF-Token']).toBeUndefined();
  });
});
