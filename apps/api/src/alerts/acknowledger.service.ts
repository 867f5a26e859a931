import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity } from '@member-alerts/persistence';
import type { Request } from 'express';
import { DataSource, IsNull } from 'typeorm';
import { extractKey } from '../auth/api-key.guard';
import { hashApiKey } from '../auth/api-key.util';
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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async resolve(
    notificationId: string,
    req: Pick<Request, 'headers'>,
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
    const row = await this.db.manager.findOne(ApiKeyEntity, {
      where: { keyHash: hashApiKey(key), revokedAt: IsNull() },
    });
    if (!row) throw new UnauthorizedException('the API key is not valid, or has been revoked');
    const principal = {
      keyId: row.id,
      name: row.name,
      role: row.role,
      councilId: row.councilId,
      memberId: row.memberId,
    };
    return { kind: 'member', actor: row.name, memberId: ownMemberId(principal), councilId: row.councilId };
  }
}
