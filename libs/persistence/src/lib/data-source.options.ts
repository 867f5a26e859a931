import type { DataSourceOptions } from 'typeorm';
import { ApiKeyEntity } from './entities/api-key.entity';
import { AuditLogEntity } from './entities/audit-log.entity';
import { CitizenSpaceAreaEntity } from './entities/citizen-space-area.entity';
import { BoundaryGenerationEntity } from './entities/boundary-generation.entity';
import { CouncilEntity } from './entities/council.entity';
import { DivisionEntity } from './entities/division.entity';
import { DraftEntity } from './entities/draft.entity';
import { EventVersionEntity } from './entities/event-version.entity';
import { EventEntity } from './entities/event.entity';
import { IdempotencyKeyEntity } from './entities/idempotency-key.entity';
import { MemberSeatEntity } from './entities/member-seat.entity';
import { MemberEntity } from './entities/member.entity';
import { NotificationEntity } from './entities/notification.entity';
import { OfficerEntity } from './entities/officer.entity';
import { PolicyRevisionEntity } from './entities/policy-revision.entity';
import { ProducerMessageEntity } from './entities/producer-message.entity';
import { ProducerStateEntity } from './entities/producer-state.entity';
import { RosterImportPreviewEntity } from './entities/roster-import-preview.entity';
import { SignInLinkEntity } from './entities/sign-in-link.entity';
import { WebSessionEntity } from './entities/web-session.entity';
import { InitialSchema1764316800000 } from './migrations/1764316800000-initial-schema';
import { MemberPreferences1764403200000 } from './migrations/1764403200000-member-preferences';
import { ApiKeyLifecycle1764489600000 } from './migrations/1764489600000-api-key-lifecycle';
import { WebSessions1764576000000 } from './migrations/1764576000000-web-sessions';
import { SignInLinks1764662400000 } from './migrations/1764662400000-sign-in-links';
import { ApiKeyContact1764748800000 } from './migrations/1764748800000-api-key-contact';
import { RosterImportPreviews1764835200000 } from './migrations/1764835200000-roster-import-previews';
import { ProducerMessages1764921616000 } from './migrations/1764921616000-producer-messages';
import { EventSources1764922100000 } from './migrations/1764922100000-event-sources';
import { ProducerState1764926300000 } from './migrations/1764926300000-producer-state';
import { CitizenSpace1764935400000 } from './migrations/1764935400000-citizen-space';
import { SignInLinkReturn1765100000000 } from './migrations/1765100000000-sign-in-link-return';
import { MemberErasure1765100001000 } from './migrations/1765100001000-member-erasure';
import { PolicyRevisions1765200000000 } from './migrations/1765200000000-policy-revisions';
import { HeldNotifications1765300000000 } from './migrations/1765300000000-held-notifications';
import { MonitoringOfficerRole1765400000000 } from './migrations/1765400000000-monitoring-officer-role';
import { ProducerMessageTaken1765500000000 } from './migrations/1765500000000-producer-message-taken';
import { Drafts1765600000000 } from './migrations/1765600000000-drafts';
import { MemberChairs1765700000000 } from './migrations/1765700000000-member-chairs';
import { DeliveryReceipts1765900000000 } from './migrations/1765900000000-delivery-receipts';

export const ENTITIES = [
  CouncilEntity,
  BoundaryGenerationEntity,
  DivisionEntity,
  MemberEntity,
  MemberSeatEntity,
  OfficerEntity,
  EventEntity,
  EventVersionEntity,
  NotificationEntity,
  AuditLogEntity,
  ApiKeyEntity,
  WebSessionEntity,
  RosterImportPreviewEntity,
  SignInLinkEntity,
  IdempotencyKeyEntity,
  ProducerMessageEntity,
  ProducerStateEntity,
  CitizenSpaceAreaEntity,
  PolicyRevisionEntity,
  DraftEntity,
];

export const MIGRATIONS = [
  InitialSchema1764316800000,
  MemberPreferences1764403200000,
  ApiKeyLifecycle1764489600000,
  WebSessions1764576000000,
  SignInLinks1764662400000,
  ApiKeyContact1764748800000,
  RosterImportPreviews1764835200000,
  ProducerMessages1764921616000,
  EventSources1764922100000,
  ProducerState1764926300000,
  CitizenSpace1764935400000,
  SignInLinkReturn1765100000000,
  MemberErasure1765100001000,
  PolicyRevisions1765200000000,
  HeldNotifications1765300000000,
  MonitoringOfficerRole1765400000000,
  ProducerMessageTaken1765500000000,
  Drafts1765600000000,
  MemberChairs1765700000000,
  DeliveryReceipts1765900000000,
];

export interface DatabaseSettings {
  url: string;
  /** The embedded PGlite server serialises every session: keep one connection. */
  embedded?: boolean;
  /** A schema of its own, for tests that share one database. */
  schema?: string;
  poolSize?: number;
}

/** TypeORM options shared by the API, the worker and the tests. Schema changes go through migrations only. */
export function dataSourceOptions(s: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: s.url,
    ...(s.schema ? { schema: s.schema } : {}),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: s.embedded
      ? { max: 1, connectionTimeoutMillis: 10_000 }
      : {
          max: s.poolSize ?? 10,
          connectionTimeoutMillis: 5_000,
          ...(s.schema ? { options: `-c search_path=${s.schema}` } : {}),
        },
  };
}
