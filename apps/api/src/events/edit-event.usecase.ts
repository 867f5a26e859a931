import { Injectable } from '@nestjs/common';
import type { EventEntity } from '@member-alerts/persistence';
import {
  councilWords,
  describeChanges,
  editRows,
  parseEvent,
  planEvent,
  type ParsedEvent,
  type Plan,
} from '@member-alerts/protocol';
import { BadInputError } from '../common/bad-input.error';
import {
  CouncilContextService,
  type CouncilContext,
  registeredUnder,
} from '../council/council-context.service';
import {
  checkOneLine,
  NewVersionWriter,
  type ChangeEventCommand,
  type ChangedEvent,
} from './new-version.writer';

function keepsKind(kind: unknown, current: EventEntity): void {
  if (kind !== current.kind)
    throw new BadInputError('an event cannot change kind; cancel it and register a new one', [
      { field: 'kind', message: `is ${current.kind} and cannot change` },
    ]);
}

/** An edit: a new version, told to everyone it concerns now or concerned before, with what changed. */
@Injectable()
export class EditEventUseCase {
  constructor(
    private readonly context: CouncilContextService,
    private readonly versions: NewVersionWriter,
  ) {}

  async execute(cmd: ChangeEventCommand & { patch: unknown }): Promise<ChangedEvent> {
    const patch = cmd.patch;
    if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
      throw new BadInputError('the request body must be a JSON object of the fields to change', [
        { field: 'body', message: 'expected an object' },
      ]);
    }
    const { changeNote, ...fields } = patch as Record<string, unknown>;
    checkOneLine('changeNote', changeNote);
    return this.writeVersion(cmd, changeNote, (current, ctx) => {
      if ('kind' in fields) keepsKind(fields['kind'], current);
      const merged: Record<string, unknown> = { ...current.payload, ...fields };
      for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
      return parseEvent(merged, ctx.divisions, ctx.policy);
    });
  }

  /**
   * The whole event again, already checked (a system sending what it sent before, with changes):
   * the new version is that event, parsed once by the caller.
   */
  async replace(cmd: ChangeEventCommand & { event: ParsedEvent }): Promise<ChangedEvent> {
    return this.writeVersion(cmd, undefined, (current) => {
      keepsKind(cmd.event.kind, current);
      return cmd.event;
    });
  }

  private writeVersion(
    cmd: ChangeEventCommand,
    changeNote: unknown,
    next: (current: EventEntity, ctx: CouncilContext) => ParsedEvent,
  ): Promise<ChangedEvent> {
    return this.versions.write(cmd, async (m, current) => {
      // The boundaries in force now decide who is affected now; the rules stay those the event was
      // registered under, so a notice's rules never change in the middle of its life.
      const ctx = await this.context.load(cmd.principal.councilId, m, registeredUnder(current));
      const event = next(current, ctx);
      const plan: Plan = { ...planEvent(event, { ...ctx, now: new Date() }), eventId: current.id };
      const changes = describeChanges(current.payload, event, councilWords(ctx.policy));
      if (typeof changeNote === 'string' && changeNote.trim()) changes.unshift(changeNote.trim());
      if (changes.length === 0)
        throw new BadInputError('nothing changed: the edit is the same as the current version');
      const prior = await this.versions.supersede(m, current);
      const rows = editRows(current.id, current.version + 1, plan, prior, new Date());
      return {
        payload: { ...event },
        plan,
        rows,
        changes,
        status: 'active',
        title: event.title,
        generationId: ctx.generation.id,
      };
    });
  }
}
