import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiRole } from '@member-alerts/persistence';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKeyService } from './api-key.service';
import { hasRole, type Principal } from './principal';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { extractKey } from './api-key.util';
import { VerifiedCredentials } from './verified-credentials';
import { WebSessionService } from './web-session.service';
import { csrfProblem, readCookie, SESSION_COOKIE } from './web-session.util';

export { extractKey };

export type AuthedRequest = Request & { principal?: Principal };

/**
 * Reads the key from `Authorization: Bearer …` or `X-Api-Key`, or else the console's session cookie
 * (whose changes need the CSRF token and the console's Origin), and checks the handler's roles.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
    private readonly sessions: WebSessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verified: VerifiedCredentials,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_KEY, targets);
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.principal(req);
    req.principal = principal;
    this.verified.accepted(req);
    if (!roles || !hasRole(principal, roles)) {
      throw new ForbiddenException(`the ${principal.role} role may not do this`);
    }
    return true;
  }

  private async principal(req: AuthedRequest): Promise<Principal> {
    const key = extractKey(req);
    const token = key ? undefined : readCookie(req, SESSION_COOKIE);
    if (token) {
      const principal = await this.sessions.resolve(token);
      if (!principal) throw new UnauthorizedException('your session has ended: sign in again');
      const problem = csrfProblem(req, token, this.config.publicUrl);
      if (problem) throw new ForbiddenException(problem);
      return principal;
    }
    if (!key) throw new UnauthorizedException('sign in, or send an API key: "Authorization: Bearer <key>"');
    const principal = await this.keys.signIn(key, req.ip);
    if (!principal)
      throw new UnauthorizedException('the API key is not valid: it is unknown, revoked or expired');
    return principal;
  }
}
