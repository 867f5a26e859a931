import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A member's seat for a division over a term of office. */
@Entity({ name: 'member_seats' })
@Index(['memberId', 'termStart'])
export class MemberSeatEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ name: 'division_name', type: 'text' })
  divisionName!: string;

  @Column({ name: 'term_start', type: 'date' })
  termStart!: string;

  /** Null while the member holds the seat. */
  @Column({ name: 'term_end', type: 'date', nullable: true })
  termEnd!: string | null;
}
