import type { Request } from 'express';

/** The request's id (the caller's X-Request-Id, or a new one), which travels into jobs, e-mails and the audit trail. */
export const requestId = (req: Request & { id?: unknown }) =>
  typeof req.id === 'string' ? req.id : undefined;
