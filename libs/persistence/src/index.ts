export * from './lib/entities/api-key.entity';
export * from './lib/entities/audit-log.entity';
export * from './lib/entities/boundary-generation.entity';
export * from './lib/entities/citizen-space-area.entity';
export * from './lib/entities/council.entity';
export * from './lib/entities/division.entity';
export * from './lib/entities/draft.entity';
export * from './lib/entities/event-version.entity';
export * from './lib/entities/event.entity';
export * from './lib/entities/idempotency-key.entity';
export * from './lib/entities/member-seat.entity';
export * from './lib/entities/member.entity';
export * from './lib/entities/notification.entity';
export * from './lib/entities/officer.entity';
export * from './lib/entities/policy-revision.entity';
export * from './lib/entities/producer-message.entity';
export * from './lib/entities/producer-state.entity';
export * from './lib/entities/roster-import-preview.entity';
export * from './lib/entities/sign-in-link.entity';
export * from './lib/entities/web-session.entity';
export { type DatabaseSettings, ENTITIES, MIGRATIONS, dataSourceOptions } from './lib/data-source.options';
export {
  type EmbeddedPostgres,
  embeddedPostgresSocketDir,
  embeddedPostgresUrl,
  startEmbeddedPostgres,
} from './lib/embedded-postgres';
export { councilFolder, councilPolicyFile, defaultCouncil, FIXTURES_DIR } from './lib/council-files';
