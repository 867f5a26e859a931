import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Citizen Space area name, as the council's site spells it, and the divisions it covers. */
@Entity({ name: 'citizen_space_areas' })
export class CitizenSpaceAreaEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId!: string;

  @PrimaryColumn({ type: 'text' })
  name!: string;

  /** Division names; empty when it covers the whole area. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  divisions!: string[];

  @Column({ type: 'boolean', default: false })
  countywide!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
