import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, type ApiResponseOptions, type SchemaObject } from '@nestjs/swagger';
import { arrayOf, INTEGER, objectOf, STRING } from './schema.util';

/** The name under components.schemas of the one error shape every failure answers with. */
export const ERROR_SCHEMA_NAME = 'Error';

/** What HttpErrorFilter (http-error.filter.ts) writes for every refusal. */
export const ERROR_BODY_SCHEMA: SchemaObject = objectOf(
  {
    statusCode: INTEGER,
    error: { type: 'string', description: 'The reason phrase of the status, e.g. "Bad Request"' },
    message: { type: 'string', description: 'What was wrong, in plain words' },
    errors: {
      ...arrayOf(objectOf({ field: STRING, message: STRING })),
      description: 'Every field or row at fault, when there are several',
    },
    requestId: { type: 'string', description: 'Quote it when reporting a problem' },
  },
  { optional: ['errors', 'requestId'] },
);

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_NAME}` } },
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

const WHY: Record<ErrorStatus, string> = {
  400: 'The request has a problem a person can correct; every field at fault is named',
  401: 'No API key, or one that is not valid or has been revoked',
  403: 'The key’s role may not do this',
  404: 'There is no such record (or it belongs to someone else)',
  405: 'The path exists but not with this method; the Allow header lists those that do',
  409: 'The request conflicts with what is stored',
  410: 'It is no longer available',
  413: 'The request body is larger than the limit, which the message names',
  415: 'The request body is not in a media type or character set this operation reads',
  422: 'The request repeats an Idempotency-Key that came with a different body',
  429: 'Too many requests for this key (or address) in the last minute; wait and try again',
  503: 'The database, the queue or a planning thread could not complete the request: nothing was stored; try again',
};

const PAGE_CONTENT = { 'text/html': { schema: { type: 'string' } } };

export function errorResponse(status: ErrorStatus): ApiResponseOptions {
  return { status, description: WHY[status], content: ERROR_CONTENT };
}

/** Documents the refusals an operation can give, all with the one error body. */
export const ApiErrors = (...statuses: ErrorStatus[]) =>
  applyDecorators(...statuses.map((s) => ApiResponse(errorResponse(s))));

/**
 * Refusals shown to a person at a browser as a page (the acknowledgement link's pages);
 * `orJson` when API clients asking for JSON get the error body instead.
 */
export const ApiPageErrors = (opts: { orJson: boolean }, ...statuses: ErrorStatus[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: WHY[status],
        content: opts.orJson ? { ...ERROR_CONTENT, ...PAGE_CONTENT } : PAGE_CONTENT,
      }),
    ),
  );

/** The answer of an operation that succeeds, with its body's schema and media type(s). */
export const ApiAnswer = (
  schema: SchemaObject,
  opts: { status?: 200 | 201 | 503; description: string; mediaType?: string; orPage?: boolean },
) =>
  ApiResponse({
    status: opts.status ?? 200,
    description: opts.description,
    content: { [opts.mediaType ?? 'application/json']: { schema }, ...(opts.orPage ? PAGE_CONTENT : {}) },
  });

/** A text answer (CSV, plain text, HTML): its media type, and a string body. */
export const ApiTextAnswer = (mediaType: string, description: string) =>
  ApiAnswer({ type: 'string' }, { description, mediaType });

/**
 * Behind ApiKeyGuard: no key is 401, the wrong role 403, and the key is looked up in the
 * database, so every call can meet a database that is down (503).
 */
export const ApiKeyRequired = () => applyDecorators(ApiBearerAuth(), ApiErrors(401, 403, 503));

/** Reads a request body: bad JSON or fields (400), over the size limit (413), not UTF-8 (415). */
export const ApiReadsBody = () => ApiErrors(400, 413, 415);
