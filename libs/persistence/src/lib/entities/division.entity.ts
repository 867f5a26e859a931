import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'divisions' })
@Index(['generationId', 'name'], { unique: true })
export class DivisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'generation_id', type: 'uuid' })
  generationId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'integer' })
  seats!: number;

  @Column({ type: 'jsonb' })
  neighbours!: string[];
}
