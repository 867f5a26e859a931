import { Injectable } from '@nestjs/common';
import type { EventEntity } from '@member-alerts/persistence';
import {
  councilWords,
  describeChanges,
  editRows,
  type ParsedEvent,
  type Plan,
} from '@member-alerts/protocol';
import { BadInputError } from '../common/bad-input.error';
import {
  CouncilContextService,
  type CouncilFacts,
  registeredUnder,
} from '../council/council-context.service';
import { PlanningPool } from '../planning/planning-pool.service';
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
    private readonly planning: PlanningPool,
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
    return this.writeVersion(cmd, changeNote, (current, facts, now) => {
      if ('kind' in fields) keepsKind(fields['kind'], current);
      const merged: Record<string, unknown> = { ...current.payload, ...fields };
      for (const [k, v] of Object.entries(merged)) if (v === null) delete merged[k];
      return this.planning.checkAndPlan(facts, merged, now);
    });
  }

  /**
   * The whole event again, already checked (a system sending what it sent before, with changes):
   * the new version is that event, parsed once by the caller.
   */
  async replace(cmd: ChangeEventCommand & { event: ParsedEvent }): Promise<ChangedEvent> {
    return this.writeVersion(cmd, undefined, async (current, facts, now) => {
      keepsKind(cmd.event.kind, current);
      return { event: cmd.event, plan: await this.planning.plan(facts, cmd.event, now) };
    });
  }

  /**
   * Checks, matches and plans against the version read, with no lock held; only superseding the
   * earlier rows and storing the new version happen under the lock, on that same version.
   */
  private writeVersion(
    cmd: ChangeEventCommand,
    changeNote: unknown,
    next: (
      current: EventEntity,
      facts: CouncilFacts,
      now: Date,
    ) => Promise<{ event: ParsedEvent; plan: Plan }>,
  ): Promise<ChangedEvent> {
    return this.versions.write(cmd, {
      prepare: async (seen) => {
        // The boundaries in force now decide who is affected now; the rules stay those the event was
        // registered under, so a notice's rules never change in the middle of its life.
        const ctx = await this.context.facts(cmd.principal.councilId, undefined, registeredUnder(seen));
        const planned = await next(seen, ctx, new Date());
        const event = planned.event;
        const plan: Plan = { ...planned.plan, eventId: seen.id };
        const changes = describeChanges(seen.payload, event, councilWords(ctx.policy));
        if (typeof changeNote === 'string' && changeNote.trim()) changes.unshift(changeNote.trim());
        if (changes.length === 0)
          throw new BadInputError('nothing changed: the edit is the same as the current version');
        return { event, plan, changes, generationId: ctx.generation.id };
      },
      build: async (m, current, { event, plan, changes, generationId }) => {
        const prior = await this.versions.supersede(m, current);
        const rows = editRows(current.id, current.version + 1, plan, prior, new Date());
        return {
          payload: { ...event },
          plan,
          rows,
          changes,
          status: 'active',
          title: event.title,
          generationId,
        };
      },
    });
  }
}
