import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiRole } from '@member-alerts/persistence';
import type { Request } from 'express';
import { hasRole, type Principal } from './principal';
import { RequestPrincipalService } from './request-principal.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { VerifiedCredentials } from './verified-credentials';

export type AuthedRequest = Request & { principal?: Principal };

/**
 * Reads the key from `Authorization: Bearer …` or `X-Api-Key`, or else the console's session cookie
 * (whose changes need the CSRF token and the console's Origin), and checks the handler's roles.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    private readonly principals: RequestPrincipalService,
    private readonly verified: VerifiedCredentials,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_KEY, targets);
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.principals.identify(req);
    req.principal = principal;
    this.verified.accepted(req);
    if (!roles || !hasRole(principal, roles)) {
      throw new ForbiddenException(`the ${principal.role} role may not do this`);
    }
    return true;
  }
}
