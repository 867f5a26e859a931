export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** An API refusal: `{statusCode, message, errors?}`, with every bad field named. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON, unless `contentType` says otherwise and it is a string. */
  readonly body?: unknown;
  readonly contentType?: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly signal?: AbortSignal;
}

type Fetch = typeof fetch;

function errorFrom(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { message?: unknown; errors?: unknown };
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is FieldProblem =>
            typeof e === 'object' &&
            e !== null &&
            typeof (e as FieldProblem).field === 'string' &&
            typeof (e as FieldProblem).message === 'string',
        )
      : [];
    const message = typeof body.message === 'string' ? body.message : `the server answered ${status}`;
    return new ApiError(status, message, errors);
  } catch {
    return new ApiError(
      status,
      status >= 500 ? 'the server could not answer; try again' : `the server answered ${status}`,
    );
  }
}

/**
 * Talks to the Member Alerts API with one API key, or else the session cookie (single sign-on),
 * whose changes carry the session's CSRF token. Same origin: the API serves the console.
 */
export class ApiClient {
  constructor(
    private readonly key: string | null,
    private readonly onUnauthorised: () => void = () => undefined,
    private readonly fetcher: Fetch = (...a) => fetch(...a),
    private readonly base = '',
    private readonly csrfToken: string | null = null,
  ) {}

  async request(path: string, o: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.key) headers['Authorization'] = `Bearer ${this.key}`;
    else if (this.csrfToken && (o.method ?? 'GET') !== 'GET') headers['X-CSRF-Token'] = this.csrfToken;
    let body: string | undefined;
    if (o.body !== undefined) {
      if (typeof o.body === 'string' && o.contentType) body = o.body;
      else body = JSON.stringify(o.body);
      headers['Content-Type'] = o.contentType ?? 'application/json';
    }
    const q = Object.entries(o.query ?? {}).filter(([, v]) => v !== undefined && v !== '');
    const search = q.length ? `?${new URLSearchParams(q.map(([k, v]) => [k, String(v)])).toString()}` : '';
    let res: Response;
    try {
      res = await this.fetcher(`${this.base}${path}${search}`, {
        method: o.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(0, 'could not reach the server: check your connection and try again');
    }
    if (!res.ok) {
      const err = errorFrom(res.status, await res.text());
      // Perhaps a key refused, or a session ended (idle, signed out elsewhere): the owner checks.
      if (res.status === 401) this.onUnauthorised();
      throw err;
    }
    return res;
  }

  async json<T>(path: string, o: RequestOptions = {}): Promise<T> {
    return (await (await this.request(path, o)).json()) as T;
  }

  async text(path: string, o: RequestOptions = {}): Promise<string> {
    return (await this.request(path, o)).text();
  }
}

/** A field name as the API gives it ("divisions[2]", "row 5, division") reduced to the form field. */
export function baseField(field: string): string {
  return field.replace(/\[\d+\]$/, '').replace(/\.\w+$/, '');
}
