import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A set of divisions valid from a date. A boundary review adds a generation; it never rewrites
 * an older one, so past events keep the divisions they were planned against.
 */
@Entity({ name: 'boundary_generations' })
@Index(['councilId', 'effectiveFrom'])
export class BoundaryGenerationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @Column({ type: 'text' })
  label!: string;

  /** The first day these boundaries apply (inclusive). */
  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'source_crs', type: 'text' })
  sourceCrs!: string;

  @Column({ name: 'division_count', type: 'integer' })
  divisionCount!: number;

  /** The FeatureCollection as loaded (WGS84), so the set can be rebuilt exactly. */
  @Column({ type: 'jsonb' })
  geojson!: unknown;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings!: unknown[];

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
