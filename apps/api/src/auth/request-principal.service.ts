import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKeyService } from './api-key.service';
import { extractKey } from './api-key.util';
import type { Principal } from './principal';
import { WebSessionService } from './web-session.service';
import { csrfProblem, readCookie, SESSION_COOKIE } from './web-session.util';

const NO_KEY = 'sign in, or send an API key: "Authorization: Bearer <key>"';

/**
 * Who sends a request: the key in `Authorization: Bearer …` or `X-Api-Key`, or else the console's
 * session cookie, whose changes need the CSRF token and the console's Origin.
 */
@Injectable()
export class RequestPrincipalService {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly sessions: WebSessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async identify(req: Request, withoutEither = NO_KEY): Promise<Principal> {
    const key = extractKey(req);
    const token = key ? undefined : readCookie(req, SESSION_COOKIE);
    if (token) {
      const principal = await this.sessions.resolve(token);
      if (!principal) throw new UnauthorizedException('your session has ended: sign in again');
      const problem = csrfProblem(req, token, this.config.publicUrl);
      if (problem) throw new ForbiddenException(problem);
      return principal;
    }
    if (!key) throw new UnauthorizedException(withoutEither);
    const principal = await this.keys.signIn(key, req.ip);
    if (!principal)
      throw new UnauthorizedException('the API key is not valid: it is unknown, revoked or expired');
    return principal;
  }
}
