import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { RequestPrincipalService } from '../auth/request-principal.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Acknowledger } from './acknowledge-alert.usecase';
import { ownMemberId } from './own-member.util';
import { linkFrom, requireValidLink } from './signed-link.util';

/**
 * Decides who is acknowledging. The route is @Public so that a signed link works without a key, which
 * means the guard has not read the key or the session: a request without a link is authenticated here
 * instead, as the guard would (a session's request needs its CSRF token and the console's Origin).
 */
@Injectable()
export class AcknowledgerService {
  constructor(
    private readonly principals: RequestPrincipalService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(
    notificationId: string,
    req: Request,
    query: Readonly<Record<string, unknown>>,
  ): Promise<Acknowledger> {
    const link = linkFrom(query);
    if (link) {
      requireValidLink(this.config.ackSecret, notificationId, link);
      return { kind: 'link' };
    }
    const principal = await this.principals.identify(
      req,
      'sign in, send your API key ("Authorization: Bearer <key>"), or use the link in the alert e-mail',
    );
    return {
      kind: 'member',
      actor: principal.name,
      via: principal.sessionId ? 'console' : 'api key',
      memberId: ownMemberId(principal),
      councilId: principal.councilId,
    };
  }
}
