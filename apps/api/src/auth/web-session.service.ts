import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type ApiRole, MemberEntity, OfficerEntity, WebSessionEntity } from '@member-alerts/persistence';
import { type EntityManager, LessThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Principal } from './principal';
import { hashSecret } from './secret-hash.util';

export interface NewSession {
  readonly councilId: string;
  readonly role: ApiRole;
  readonly name: string;
  readonly email: string;
  readonly memberId: string | null;
  readonly officerId: string | null;
  readonly idToken: string | null;
}

/** Console sessions, kept in PostgreSQL so every API process sees them and signing out ends them. */
@Injectable()
export class WebSessionService {
  /** `last_seen_at` is written at most this often per session. */
  static readonly TOUCH_EVERY_MS = 60_000;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(WebSessionEntity) private readonly sessions: Repository<WebSessionEntity>,
  ) {}

  /**
   * Starts a session; the token goes in the cookie and only its hash is stored. Inside a
   * transaction, give its manager, so the session is written on the transaction's connection.
   */
  async create(s: NewSession, m: EntityManager = this.sessions.manager): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const sessions = m.getRepository(WebSessionEntity);
    await sessions.insert({
      ...s,
      tokenHash: hashSecret(token),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + this.config.sessionMaxHours * 3_600_000),
    });
    // Sessions past their end are swept as new ones start, so the table does not grow for ever.
    await sessions.delete({ expiresAt: LessThan(new Date(now)) });
    return token;
  }

  /**
   * Who a session cookie belongs to, or null when it is unknown, signed out, idle too long, past its
   * end, or its person is no longer on the roster.
   */
  async resolve(token: string): Promise<Principal | null> {
    const { entities, raw } = await this.sessions
      .createQueryBuilder('s')
      // Someone taken off the roster is signed out at their next request, not days later.
      .leftJoin(MemberEntity, 'm', 'm.id = s.member_id')
      .leftJoin(OfficerEntity, 'o', 'o.id = s.officer_id')
      .addSelect('coalesce(m.active, o.active, false)', 'on_roster')
      .where('s.token_hash = :hash', { hash: hashSecret(token) })
      .getRawAndEntities<{ on_roster: boolean }>();
    const row = entities[0];
    if (!row) return null;
    const now = Date.now();
    const idleSince = now - this.config.sessionIdleMinutes * 60_000;
    const ended = row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() <= idleSince;
    // The BOOTSTRAP_ADMIN_EMAIL person has no roster record; removing the setting ends their sessions.
    const bootstrap =
      row.memberId === null && row.officerId === null && row.email === this.config.bootstrapAdminEmail;
    if (ended || (raw[0]?.on_roster !== true && !bootstrap)) {
      await this.sessions.delete({ id: row.id });
      return null;
    }
    if (now - row.lastSeenAt.getTime() >= WebSessionService.TOUCH_EVERY_MS) {
      await this.sessions.update({ id: row.id }, { lastSeenAt: new Date(now) });
    }
    return {
      keyId: null,
      sessionId: row.id,
      name: row.name,
      role: row.role,
      councilId: row.councilId,
      memberId: row.memberId,
      officerId: row.officerId,
    };
  }

  /** Ends a session on the server; gives its ID token, for signing out at the provider too. */
  async end(token: string): Promise<{ idToken: string | null } | null> {
    const row = await this.sessions.findOne({ where: { tokenHash: hashSecret(token) } });
    if (!row) return null;
    await this.sessions.delete({ id: row.id });
    return { idToken: row.idToken };
  }
}
