import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { GeoInputError } from '@member-alerts/geo';
import { EventValidationError } from '@member-alerts/protocol';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { BadInputError } from './bad-input.error';
import { TooManyRequestsError } from './too-many-requests.error';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: readonly { field: string; message: string }[];
  requestId?: string;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Body-parser errors carry a status and a type; map them to words a caller can act on. */
function fromBodyParser(e: { type?: string; status?: number; limit?: number }): ErrorBody | undefined {
  switch (e.type ?? '') {
    case 'entity.parse.failed':
      return {
        statusCode: 400,
        error: REASONS[400] as string,
        message: 'the request body is not valid JSON',
      };
    case 'entity.too.large':
      return {
        statusCode: 413,
        error: REASONS[413] as string,
        message: `the request body is larger than the limit of ${e.limit ?? '?'} bytes`,
      };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { statusCode: 415, error: REASONS[415] as string, message: 'the request body must be UTF-8' };
    default:
      return undefined;
  }
}

function sqlState(e: { readonly driverError: unknown }): string {
  const d = e.driverError;
  const code: unknown = typeof d === 'object' && d !== null ? Reflect.get(d, 'code') : undefined;
  return typeof code === 'string' ? code : '';
}

/** Every error becomes a JSON answer naming what was wrong; nothing leaks a stack trace. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { id?: unknown }>();
    const body = this.toBody(exception);
    if (typeof req.id === 'string') body.requestId = req.id;
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'request failed');
    }
    if (res.headersSent) return;
    if (exception instanceof TooManyRequestsError)
      res.set('Retry-After', String(exception.retryAfterSeconds));
    // A handler's @Header('Content-Type', 'text/csv') is already set when it fails; the body is JSON.
    res.status(body.statusCode).type('application/json').json(body);
  }

  private toBody(e: unknown): ErrorBody {
    if (e instanceof EventValidationError) {
      return { statusCode: 400, error: 'Bad Request', message: e.message, errors: e.errors };
    }
    if (e instanceof BadInputError) {
      return {
        statusCode: e.status,
        error: REASONS[e.status] ?? 'Bad Request',
        message: e.message,
        ...(e.errors.length ? { errors: e.errors } : {}),
      };
    }
    if (e instanceof GeoInputError) {
      return {
        statusCode: 400,
        error: 'Bad Request',
        message: e.message,
        errors: e.problems.map((p) => ({ field: 'geometry', message: p })),
      };
    }
    // Nest wraps body-parser's errors in an HttpException, keeping the original as its cause.
    const raw = e instanceof HttpException ? e.cause : e;
    const parsed = raw && typeof raw === 'object' ? fromBodyParser(raw) : undefined;
    if (parsed) return parsed;
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const r = e.getResponse();
      const m: unknown = typeof r === 'object' && r !== null && 'message' in r ? r.message : undefined;
      const message =
        typeof r === 'string'
          ? r
          : Array.isArray(m)
            ? m.map((x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ')
            : typeof m === 'string'
              ? m
              : e.message;
      return { statusCode: status, error: REASONS[status] ?? 'Error', message };
    }
    // SQLSTATE class 22 is PostgreSQL refusing a value (a date, a number, text) the request gave:
    // trying again cannot help, so it must not read as an outage. The input checks should catch
    // these first and name the field; this is the net under them.
    if (e instanceof QueryFailedError && sqlState(e).startsWith('22')) {
      return {
        statusCode: 400,
        error: REASONS[400] as string,
        message:
          'a value in the request could not be read as the kind of value it must be; nothing was stored',
      };
    }
    // Writes run in one transaction, so a failed statement rolled everything back: safe to retry.
    if (e instanceof QueryFailedError) {
      return {
        statusCode: 503,
        error: REASONS[503] as string,
        message: 'the database could not complete the request: nothing was stored; try again',
      };
    }
    return {
      statusCode: 500,
      error: REASONS[500] as string,
      message: 'something went wrong on our side; it has been logged',
    };
  }
}
