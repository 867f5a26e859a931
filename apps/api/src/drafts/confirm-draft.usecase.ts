import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DraftEntity } from '@member-alerts/persistence';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { RegisterEventUseCase } from '../events/register-event.usecase';
import { DraftQueryService } from './draft-query.service';
import type { DraftDetail } from './draft-view.util';

export interface ConfirmDraftCommand {
  readonly principal: Principal;
  readonly id: string;
  /** The register form's fields, as the officer left them. */
  readonly body: unknown;
  readonly requestId?: string;
}

/** The event's reference at its source: the draft's key, or a digest of one too long to be a reference. */
export function sourceRefOf(key: string): string {
  return key.length <= 200 && !/\p{Cc}/u.test(key)
    ? key
    : `sha256-${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * An officer confirms a draft: an ordinary registration, with the draft's source and key as the
 * event's origin, so that a second click or a second officer finds the same event, never a second.
 */
@Injectable()
export class ConfirmDraftUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly query: DraftQueryService,
    private readonly register: RegisterEventUseCase,
  ) {}

  async execute(cmd: ConfirmDraftCommand): Promise<DraftDetail> {
    if (!cmd.body || typeof cmd.body !== 'object' || Array.isArray(cmd.body))
      throw new BadInputError('send the event as the register form gives it: a JSON object', [
        { field: 'kind', message: 'is required: the kind of event, with its title and where it happens' },
      ]);
    // The draft says where the event came from; the form cannot.
    const { source: _s, sourceRef: _r, ...fields } = cmd.body as Record<string, unknown>;
    await this.db.transaction(async (m) => {
      // Held until the draft is marked: a second confirmation waits here, then finds it confirmed.
      const draft = await this.query.lock(m, cmd.principal, cmd.id);
      if (draft.status === 'dismissed')
        throw new ConflictException(
          `This draft was dismissed by ${draft.decidedBy ?? 'an officer'} (${draft.dismissReason ?? 'no reason kept'}), so it cannot be confirmed. Register the event instead if members must be told.`,
        );
      if (draft.status === 'confirmed') return;
      const { answer } = await this.register.execute({
        principal: cmd.principal,
        body: { ...fields, source: draft.source, sourceRef: sourceRefOf(draft.key) },
        ...(cmd.requestId ? { requestId: cmd.requestId } : {}),
      });
      const now = new Date();
      await m.update(
        DraftEntity,
        { id: draft.id },
        {
          status: 'confirmed',
          eventId: answer.id,
          decidedBy: cmd.principal.name,
          decidedAt: now,
          updatedAt: now,
        },
      );
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'draft.confirmed',
          eventId: answer.id,
          details: { draft: draft.id, source: draft.source, origin: draft.origin, outcome: answer.outcome },
        },
      ]);
    });
    return this.query.one(cmd.principal, cmd.id);
  }
}
