import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiKeyEntity, type ApiRole } from '@member-alerts/persistence';
import type { Request } from 'express';
import { IsNull, Repository } from 'typeorm';
import { hashApiKey } from './api-key.util';
import { hasRole, type Principal } from './principal';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export type AuthedRequest = Request & { principal?: Principal };

/** Reads the key from `Authorization: Bearer …` or `X-Api-Key`, and checks the handler's roles. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly cache = new Map<string, { principal: Principal | null; until: number }>();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<ApiRole[] | undefined>(ROLES_KEY, targets);
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const key = extractKey(req);
    if (!key) throw new UnauthorizedException('an API key is required: send "Authorization: Bearer <key>"');
    const principal = await this.resolve(key);
    if (!principal) throw new UnauthorizedException('the API key is not valid, or has been revoked');
    req.principal = principal;
    if (!roles || !hasRole(principal, roles)) {
      throw new ForbiddenException(`the ${principal.role} role may not do this`);
    }
    return true;
  }

  /** Revocation takes effect within this many milliseconds. */
  static readonly CACHE_MS = 10_000;

  private async resolve(key: string): Promise<Principal | null> {
    const hash = hashApiKey(key);
    const hit = this.cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    const row = await this.keys.findOne({ where: { keyHash: hash, revokedAt: IsNull() } });
    const principal: Principal | null = row
      ? { keyId: row.id, name: row.name, role: row.role, councilId: row.councilId, memberId: row.memberId }
      : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { principal, until: Date.now() + ApiKeyGuard.CACHE_MS });
    return principal;
  }
}

export function extractKey(req: Pick<Request, 'headers'>): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+\S+$/i.test(auth)) return auth.replace(/^Bearer\s+/i, '');
  const header = req.headers['x-api-key'];
  return typeof header === 'string' && header ? header : undefined;
}
