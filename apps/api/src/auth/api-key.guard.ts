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
import { ApiKeyService } from './api-key.service';
import { hasRole, type Principal } from './principal';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export type AuthedRequest = Request & { principal?: Principal };

/** Reads the key from `Authorization: Bearer …` or `X-Api-Key`, and checks the handler's roles. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly keys: ApiKeyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_KEY, targets);
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const key = extractKey(req);
    if (!key) throw new UnauthorizedException('an API key is required: send "Authorization: Bearer <key>"');
    const principal = await this.keys.signIn(key, req.ip);
    if (!principal)
      throw new UnauthorizedException('the API key is not valid: it is unknown, revoked or expired');
    req.principal = principal;
    if (!roles || !hasRole(principal, roles)) {
      throw new ForbiddenException(`the ${principal.role} role may not do this`);
    }
    return true;
  }
}

export function extractKey(req: Pick<Request, 'headers'>): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+\S+$/i.test(auth)) return auth.replace(/^Bearer\s+/i, '');
  const header = req.headers['x-api-key'];
  return typeof header === 'string' && header ? header : undefined;
}
