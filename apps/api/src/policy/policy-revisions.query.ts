import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PolicyRevisionEntity } from '@member-alerts/persistence';
import { revisionInForce } from '@member-alerts/protocol';
import { DataSource } from 'typeorm';

export type RevisionStatus = 'in_force' | 'future' | 'superseded';

/** One revision as the history lists it, without its file. */
export interface RevisionListing {
  readonly number: number;
  readonly inForceFrom: string;
  readonly status: RevisionStatus;
  readonly publishedBy: string;
  readonly publishedAt: string;
}

/** The council's revisions: the history, and any one file. */
@Injectable()
export class PolicyRevisionsQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every revision, newest first, and the number of the one in force today. */
  async list(councilId: string): Promise<{ inForce: number | null; revisions: RevisionListing[] }> {
    const rows = await this.db.manager.find(PolicyRevisionEntity, {
      where: { councilId },
      select: { number: true, takesEffect: true, publishedBy: true, publishedAt: true },
      order: { number: 'DESC' },
    });
    // Before the first takes effect, the first is used (as CouncilContextService does).
    const inForce =
      revisionInForce(
        rows.map((r) => ({ number: r.number, inForceFrom: r.takesEffect })),
        new Date(),
      )?.number ??
      rows.at(-1)?.number ??
      null;
    return {
      inForce,
      revisions: rows.map((r) => ({
        number: r.number,
        inForceFrom: r.takesEffect,
        status:
          r.number === inForce
            ? 'in_force'
            : inForce === null || r.number > inForce
              ? 'future'
              : 'superseded',
        publishedBy: r.publishedBy,
        publishedAt: r.publishedAt.toISOString(),
      })),
    };
  }

  /** One revision's file, as it was published. */
  async text(councilId: string, number: number): Promise<string> {
    const row = await this.db.manager.findOne(PolicyRevisionEntity, {
      where: { councilId, number },
      select: { text: true },
    });
    if (!row) throw new NotFoundException(`the council has no revision ${number} of its rules`);
    return row.text;
  }
}
