import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

// /queues can pause, empty and obliterate queues, and the console holds an API key: no page of
// ours is meant to be framed, so clickjacking is refused everywhere. The console and the
// acknowledgement page replace the policy with their fuller one, which keeps frame-ancestors.
const EVERY_ANSWER: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
};

/**
 * Who the caller is (the socket's address, or X-Forwarded-For from a trusted proxy only), and the
 * headers every answer carries (data, errors, 404s, static files, /docs, /queues). Registered first.
 */
export function hardenHttp(app: NestExpressApplication, config: Pick<AppConfig, 'trustProxy'>): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.set(EVERY_ANSWER);
    next();
  });
}
