import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  GeoInputError,
  GeoTooLargeError,
  loadDivisions,
  type DivisionSet,
  type GeoWarning,
} from '@member-alerts/geo';
import {
  BoundaryGenerationEntity,
  DivisionEntity,
  MemberEntity,
  MemberSeatEntity,
} from '@member-alerts/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError, type FieldProblem } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { divisionNameProblems, readUploadQuery, toFeatureCollection } from './boundary-input.util';

export interface UploadBoundariesCommand {
  readonly principal: Principal;
  readonly label: string | undefined;
  readonly effectiveFrom: string | undefined;
  readonly body: unknown;
}

export interface UploadedBoundaries {
  readonly id: string;
  readonly label: string;
  readonly effectiveFrom: string;
  readonly sourceCrs: string;
  readonly divisionCount: number;
  /** Whether planning uses these boundaries from today (false for a future or an older date). */
  readonly inEffect: boolean;
  /** Flaws the loader tolerated (overlaps, slivers), stored with the generation. */
  readonly warnings: readonly GeoWarning[];
  /** Members sitting for a division these boundaries do not have: democratic services must move them. */
  readonly rosterWarnings: readonly string[];
}

/** The answer to a file that was not stored, naming every problem. */
function notStored(problems: readonly FieldProblem[], status = 400): BadInputError {
  const said = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new BadInputError(`the boundaries were not stored: ${said}`.slice(0, 2000), problems, status);
}

/** Members whose current seat names a division missing from `set`, each said in a sentence. */
async function seatsOutside(
  m: EntityManager,
  councilId: string,
  set: DivisionSet,
  from: string,
): Promise<string[]> {
  const rows = await m
    .createQueryBuilder(MemberEntity, 'm')
    .innerJoin(
      MemberSeatEntity,
      's',
      's.member_id = m.id AND s.term_start <= CURRENT_DATE AND (s.term_end IS NULL OR s.term_end >= CURRENT_DATE)',
    )
    .select(['m.external_id AS "externalId"', 'm.name AS name', 's.division_name AS division'])
    .where('m.council_id = :councilId AND m.active', { councilId })
    .orderBy('s.division_name')
    .addOrderBy('m.name')
    .getRawMany<{ externalId: string; name: string; division: string }>();
  const names = new Set(set.names);
  return rows
    .filter((r) => !names.has(r.division))
    .map((r) => {
      const near = set.resolveName(r.division);
      return `${r.name} (${r.externalId}) sits for "${r.division}", which is not a division from ${from}${
        near ? ` (it is spelled "${near}" there)` : ''
      }: move the member before these boundaries take effect`;
    });
}

/**
 * Adds a boundary generation from a GeoJSON upload. The file is checked by libs/geo before anything
 * changes; then the generation, its divisions and an audit line are stored in one transaction.
 * Older generations are never rewritten: events keep the boundaries they were planned against.
 */
@Injectable()
export class UploadBoundariesUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: UploadBoundariesCommand): Promise<UploadedBoundaries> {
    const { label, effectiveFrom, problems } = readUploadQuery(cmd.label, cmd.effectiveFrom);
    const set = this.load(cmd.body, problems);
    if (!set || problems.length) throw notStored(problems);
    const { councilId } = cmd.principal;
    const geojson = toFeatureCollection(set);

    const saved = await this.db.transaction(async (m) => {
      const generation = await m.save(
        m.create(BoundaryGenerationEntity, {
          councilId,
          label,
          effectiveFrom,
          sourceCrs: set.sourceCrs,
          divisionCount: set.size,
          geojson,
          warnings: [...set.warnings],
          createdBy: cmd.principal.name,
        }),
      );
      await m.insert(
        DivisionEntity,
        set.divisions.map((d) => ({
          generationId: generation.id,
          name: d.name,
          seats: d.seats,
          neighbours: set.neighboursOf(d.name),
        })),
      );
      const rosterWarnings = await seatsOutside(m, councilId, set, effectiveFrom);
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'boundaries.uploaded',
          details: {
            generationId: generation.id,
            label,
            effectiveFrom,
            sourceCrs: set.sourceCrs,
            divisions: set.size,
            warnings: set.warnings.length,
            rosterWarnings,
          },
        },
      ]);
      return { generation, rosterWarnings };
    });
    const current = await this.context.currentGeneration(councilId);
    return {
      id: saved.generation.id,
      label,
      effectiveFrom,
      sourceCrs: set.sourceCrs,
      divisionCount: set.size,
      inEffect: current.id === saved.generation.id,
      warnings: set.warnings,
      rosterWarnings: saved.rosterWarnings,
    };
  }

  /** The division set, or undefined with the file's every problem added to `problems`. */
  private load(body: unknown, problems: FieldProblem[]): DivisionSet | undefined {
    if (body === undefined || typeof body === 'string') {
      problems.push({
        field: 'body',
        message:
          'send a GeoJSON FeatureCollection with "Content-Type: application/geo+json" or application/json',
      });
      return undefined;
    }
    try {
      const set = loadDivisions(body);
      const names = divisionNameProblems(set);
      problems.push(...names);
      return names.length ? undefined : set;
    } catch (e) {
      if (!(e instanceof GeoInputError)) throw e;
      const found = e.problems.map((message) => ({ field: 'body', message }));
      // Too many points is a size limit, answered as the byte limit is, without the file's other checks.
      if (e instanceof GeoTooLargeError) throw notStored(found, 413);
      problems.push(...found);
      return undefined;
    }
  }
}
