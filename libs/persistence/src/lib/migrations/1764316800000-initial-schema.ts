import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764316800000 implements MigrationInterface {
  name = 'InitialSchema1764316800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE councils (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE boundary_generations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        label text NOT NULL,
        effective_from date NOT NULL,
        source_crs text NOT NULL,
        division_count integer NOT NULL,
        geojson jsonb NOT NULL,
        warnings jsonb NOT NULL DEFAULT '[]',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX ix_generation_council_from ON boundary_generations (council_id, effective_from)`,
    );
    await q.query(`
      CREATE TABLE divisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        generation_id uuid NOT NULL REFERENCES boundary_generations(id),
        name text NOT NULL,
        seats integer NOT NULL CHECK (seats > 0),
        neighbours jsonb NOT NULL DEFAULT '[]',
        UNIQUE (generation_id, name)
      )`);
    await q.query(`
      CREATE TABLE members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        external_id text NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        roles text[] NOT NULL DEFAULT '{}',
        portfolio text,
        interests text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (council_id, external_id)
      )`);
    await q.query(`
      CREATE TABLE member_seats (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        member_id uuid NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        division_name text NOT NULL,
        term_start date NOT NULL,
        term_end date,
        CHECK (term_end IS NULL OR term_end >= term_start)
      )`);
    await q.query(`CREATE INDEX ix_member_seat_member ON member_seats (member_id, term_start)`);
    await q.query(`
      CREATE TABLE officers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        external_id text NOT NULL,
        name text NOT NULL,
        email text NOT NULL,
        services text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (council_id, external_id)
      )`);
    await q.query(`
      CREATE TABLE events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        kind text NOT NULL,
        title text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        payload jsonb NOT NULL,
        plan jsonb NOT NULL,
        generation_id uuid NOT NULL REFERENCES boundary_generations(id),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_event_council_created ON events (council_id, created_at)`);
    await q.query(`
      CREATE TABLE event_versions (
        event_id uuid NOT NULL REFERENCES events(id),
        version integer NOT NULL,
        payload jsonb NOT NULL,
        plan jsonb NOT NULL,
        changes jsonb NOT NULL DEFAULT '[]',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, version)
      )`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id),
        event_version integer NOT NULL,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('member', 'officer')),
        recipient_id uuid NOT NULL,
        recipient_name text NOT NULL,
        email text NOT NULL,
        action text NOT NULL CHECK (action IN ('invite', 'notify', 'inform')),
        change text NOT NULL DEFAULT 'new' CHECK (change IN ('new', 'updated', 'removed', 'cancelled')),
        reasons jsonb NOT NULL,
        send_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'created' CHECK (status IN ('created', 'queued', 'sending', 'sent',
          'temporary-failure', 'permanent-failure', 'technical-failure', 'cancelled', 'acknowledged')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        message_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        queued_at timestamptz,
        sent_at timestamptz,
        acknowledged_at timestamptz,
        CONSTRAINT uq_notification_event_version_person UNIQUE (event_id, event_version, recipient_kind, recipient_id)
      )`);
    await q.query(`CREATE INDEX ix_notification_status_send_at ON notifications (status, send_at)`);
    await q.query(`CREATE INDEX ix_notification_recipient ON notifications (recipient_id, created_at)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        event_id uuid,
        notification_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX ix_audit_event ON audit_log (event_id, at)`);
    // The audit trail is evidence: nobody, not even the application, may change or remove a line.
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        council_id uuid NOT NULL REFERENCES councils(id),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('officer', 'democratic_services', 'member', 'leader')),
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        member_id uuid REFERENCES members(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'api_keys',
      'audit_log',
      'notifications',
      'event_versions',
      'events',
      'officers',
      'member_seats',
      'members',
      'divisions',
      'boundary_generations',
      'councils',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_log_is_append_only()`);
  }
}
