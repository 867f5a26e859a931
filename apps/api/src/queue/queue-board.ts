import type { INestApplication } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Express, NextFunction, Request, Response } from 'express';
import { extractKey } from '../auth/api-key.util';
import { ApiKeyService } from '../auth/api-key.service';
import { hasRole } from '../auth/principal';
import { TooManyRequestsError } from '../common/too-many-requests.error';
import { DispatchService } from './dispatch.service';

export const QUEUE_BOARD_PATH = '/queues';

/** A browser cannot send a Bearer header on its own: it may give the API key as the Basic password. */
function keyFrom(req: Request): string | undefined {
  const given = extractKey(req);
  if (given) return given;
  const auth = req.headers.authorization;
  if (typeof auth !== 'string' || !/^Basic\s+/i.test(auth)) return undefined;
  const decoded = Buffer.from(auth.replace(/^Basic\s+/i, ''), 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  return password || undefined;
}

/** Mounts Bull Board at /queues, for democratic services only. */
export function mountQueueBoard(app: INestApplication): void {
  const keys = app.get(ApiKeyService);
  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(app.get(DispatchService).queue)], serverAdapter: board });
  const guard = (req: Request, res: Response, next: NextFunction) => {
    const key = keyFrom(req);
    // Outside Nest's routes, so the error filter does not answer: the same JSON shape, by hand.
    const refuse = (statusCode: 401 | 403 | 429, error: string, message: string) =>
      void res.status(statusCode).json({ statusCode, error, message });
    const challenge = () => {
      res.set('WWW-Authenticate', 'Basic realm="Member Alerts queue", charset="UTF-8"');
      refuse(401, 'Unauthorized', 'sign in with a democratic services API key as the password');
    };
    if (!key) return void challenge();
    keys.signIn(key, req.ip).then(
      (p) => {
        if (!p) return void challenge();
        if (!hasRole(p, ['democratic_services'])) {
          return refuse(403, 'Forbidden', `the ${p.role} role may not see the queue`);
        }
        next();
      },
      (e: unknown) => {
        if (!(e instanceof TooManyRequestsError)) return void next(e);
        res.set('Retry-After', String(e.retryAfterSeconds));
        refuse(429, 'Too Many Requests', e.message);
      },
    );
  };
  // Bull Board is an Express app of its own, which would announce itself again.
  const router = board.getRouter() as Express;
  router.disable('x-powered-by');
  app.use(QUEUE_BOARD_PATH, guard, router);
}
