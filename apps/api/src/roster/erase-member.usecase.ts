import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiKeyEntity, MemberEntity, WebSessionEntity } from '@member-alerts/persistence';
import { NotificationRepository, SignInLinkRepository } from '@member-alerts/outbox';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { MemberQueryService } from './member-query.service';
import { lockRoster } from './member-seat.util';
import { findMember } from './member-store.util';

export interface EraseMemberCommand {
  readonly principal: Principal;
  readonly ref: string;
}

const ERASED_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "Former member (erased 7 December 2026)": what stands for them wherever their name stood. */
export function erasedName(at: Date): string {
  return `Former member (erased ${ERASED_DAY.format(at)})`;
}

// Messages not yet on their way: nobody is left to send them to.

// The plans stored with each event, each version and each remembered answer name their recipients.
const PLANS = [
  { table: 'events', column: 'plan', path: '{recipients}' },
  { table: 'event_versions', column: 'plan', path: '{recipients}' },
  { table: 'idempotency_keys', column: 'answer', path: '{plan,recipients}' },
] as const;

async function eraseFromPlans(m: EntityManager, memberId: string, name: string): Promise<void> {
  for (const { table, column, path } of PLANS) {
    await m.query(
      `UPDATE ${table} SET ${column} = jsonb_set(${column}, '${path}', (
         SELECT jsonb_agg(CASE WHEN r->>'id' = $1 THEN r || jsonb_build_object('name', $2::text, 'email', '') ELSE r END ORDER BY i)
           FROM jsonb_array_elements(${column} #> '${path}') WITH ORDINALITY AS x(r, i)))
       WHERE ${column} #> '${path}' @> jsonb_build_array(jsonb_build_object('id', $1::text))`,
      [memberId, name],
    );
  }
}

/**
 * POST /members/:id/erase: a former member's name, e-mail, interests and preferences give way to a
 * placeholder; their sessions, sign-in links and keys go. Every notification row keeps its event,
 * version, reasons (the division), status and times, so the record that whoever held the seat was
 * told stays.
 */
@Injectable()
export class EraseMemberUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly query: MemberQueryService,
    private readonly notifications: NotificationRepository,
    private readonly links: SignInLinkRepository,
  ) {}

  async execute(cmd: EraseMemberCommand) {
    const { councilId } = cmd.principal;
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const member = await findMember(m, councilId, cmd.ref);
      if (member.active)
        throw new ConflictException(
          `${member.name} is still on the roster: remove them from the list first, then erase their details`,
        );
      if (member.erasedAt) return this.query.describe(m, councilId, member.id);
      const at = new Date();
      const name = erasedName(at);
      await m.update(
        MemberEntity,
        { id: member.id },
        {
          name,
          email: '',
          roles: [],
          portfolio: null,
          interests: [],
          quietHoursStart: null,
          quietHoursEnd: null,
          digest: false,
          mobile: null,
          emailFailed: null,
          emailFailedAt: null,
          mobileFailed: null,
          mobileFailedAt: null,
          erasedAt: at,
        },
      );
      const cancelled = await this.notifications.eraseRecipient(m, member.id, name);
      await eraseFromPlans(m, member.id, name);
      await m.delete(WebSessionEntity, { memberId: member.id });
      await this.links.eraseMember(m, member.id);
      await m.update(
        ApiKeyEntity,
        { memberId: member.id, revokedAt: IsNull() },
        { revokedAt: at, revokedBy: cmd.principal.name },
      );
      // The council's id only: the audit line must not hold what was erased.
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'member.erased',
          details: { member: member.externalId, cancelled },
        },
      ]);
      return this.query.describe(m, councilId, member.id);
    });
    this.context.rosterChanged();
    return result;
  }
}
