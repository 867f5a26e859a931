import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

// /queues can pause, empty and obliterate queues, and the console holds an API key: no page of
// ours is meant to be framed, so clickjacking is refused everywhere. The console and the
// acknowledgement page replace the policy with their fuller one, which keeps frame-ancestors.
const EVERY_ANSWER: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/** Headers every answer carries (data, errors, 404s, static files, /docs, /queues); registered first. */
export function hardenHttp(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.set(EVERY_ANSWER);
    next();
  });
}
