import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { extractKey } from '../auth/api-key.guard';
import { ApiKeyService } from '../auth/api-key.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Acknowledger } from './acknowledge-alert.usecase';
import { ownMemberId } from './own-member.util';
import { linkFrom, requireValidLink } from './signed-link.util';

/**
 * Decides who is acknowledging. The route is @Public so that a signed link works without a key, which
 * means the guard has not read the key: a request without a link is authenticated here instead.
 */
@Injectable()
export class AcknowledgerService {
  constructor(
    private readonly keys: ApiKeyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(
    notificationId: string,
    req: Pick<Request, 'headers' | 'ip'>,
    query: Readonly<Record<string, unknown>>,
  ): Promise<Acknowledger> {
    const link = linkFrom(query);
    if (link) {
      requireValidLink(this.config.ackSecret, notificationId, link);
      return { kind: 'link' };
    }
    const key = extractKey(req);
    if (!key) {
      throw new UnauthorizedException(
        'sign in with your API key ("Authorization: Bearer <key>"), or use the link in the alert e-mail',
      );
    }
    const principal = await this.keys.signIn(key, req.ip);
    if (!principal) throw new UnauthorizedException('the API key is not valid, or has been revoked');
    return {
      kind: 'member',
      actor: principal.name,
      memberId: ownMemberId(principal),
      councilId: principal.councilId,
    };
  }
}
