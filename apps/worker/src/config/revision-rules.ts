import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PolicyRevisionEntity } from '@member-alerts/persistence';
import { parsePolicy, type Policy } from '@member-alerts/protocol';
import { councilWording, type CouncilWording } from '@member-alerts/render';
import { DataSource, type EntityManager } from 'typeorm';
import { COUNCIL_POLICY } from './council-policy';

/** The revision of a council's rules an event was planned under: its council and the number its plan names. */
export interface PlannedUnder {
  readonly councilId: string;
  /** Absent for an event planned before its plan named a revision. */
  readonly revision?: number | null;
}

/** A revision's rules and the words its e-mails use. */
export interface RevisionRules {
  readonly policy: Policy;
  readonly wording: CouncilWording;
}

/**
 * The rules each event was planned under, so an e-mail and its urgency follow the revision in force
 * when the event was registered, never one published since. Each revision is read and parsed once per
 * process and kept: a revision is never rewritten. An event whose plan names no revision uses the
 * council's starting file.
 */
@Injectable()
export class RevisionRulesStore {
  private readonly logger = new Logger(RevisionRulesStore.name);
  private readonly parsed = new Map<string, Promise<RevisionRules>>();
  private readonly starting: RevisionRules;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(COUNCIL_POLICY) policy: Policy,
  ) {
    this.starting = { policy, wording: councilWording(policy) };
  }

  /** `manager`: the caller's transaction, when it holds one (the embedded database has one session). */
  async rulesOf(under: PlannedUnder, manager: EntityManager = this.db.manager): Promise<RevisionRules> {
    const number = under.revision;
    if (number === undefined || number === null) return this.starting;
    const key = `${under.councilId}|${number}`;
    let rules = this.parsed.get(key);
    if (!rules) {
      rules = this.read(under.councilId, number, manager);
      this.parsed.set(key, rules);
      // A failed read is tried again next time rather than kept.
      rules.catch(() => this.parsed.delete(key));
    }
    return rules;
  }

  private async read(councilId: string, number: number, manager: EntityManager): Promise<RevisionRules> {
    const row = await manager.findOne(PolicyRevisionEntity, {
      where: { councilId, number },
      select: { text: true },
    });
    if (!row) {
      // Revisions are never deleted; should one be missing, the e-mail still goes, in the starting file's words.
      this.logger.error(
        `revision ${number} of the council's rules is missing: the starting file's words are used`,
      );
      return this.starting;
    }
    const policy = parsePolicy(row.text);
    return { policy, wording: councilWording(policy) };
  }
}
