import type { MigrationInterface, QueryRunner } from 'typeorm';

const BRANCH_STAFF_ROLES = `'BRANCH_PLANNER','PHONE_MANAGER','FRONT_DESK'`;
const STAFF_ROLES = `'PROVINCE_PLANNER','PROVINCE_ANALYST','BRANCH_PLANNER','PHONE_MANAGER','TRAINER','ADMIN','FRONT_DESK'`;

/**
 * Training and KPI (DOMAIN.md §7): the staff roster (every user, plus staff without a login),
 * courses, quarterly sessions, enrollment with attendance and assessment, the audit journal,
 * versioned KPI targets and the monthly snapshots of KPI actuals.
 */
export class TrainingAndKpi1765000200000 implements MigrationInterface {
  name = 'TrainingAndKpi1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training.staff (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id         uuid UNIQUE REFERENCES training.app_user (id) ON DELETE CASCADE,
        employee_no     text UNIQUE CHECK (employee_no ~ '^[A-Za-z0-9_-]{1,32}$'),
        display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
        staff_role      text NOT NULL CHECK (staff_role IN (${STAFF_ROLES})),
        contact_kind    text CHECK (contact_kind IN ('PHONE','ACCOUNT')),
        branch_code     text REFERENCES training.branch (code),
        active          boolean NOT NULL DEFAULT true,
        version         int NOT NULL DEFAULT 1,
        created_by      text NOT NULL DEFAULT 'system',
        idempotency_key text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_kind_only_managers CHECK ((staff_role = 'PHONE_MANAGER') = (contact_kind IS NOT NULL)),
        CONSTRAINT staff_branch_matches_role CHECK ((staff_role IN (${BRANCH_STAFF_ROLES})) = (branch_code IS NOT NULL))
      )`);
    await q.query('CREATE UNIQUE INDEX staff_idempotency_idx ON training.staff (created_by, idempotency_key)');
    await q.query('CREATE INDEX staff_branch_role_idx ON training.staff (branch_code, staff_role) WHERE active');

    // Every user is a member of staff (DOMAIN.md §1): their row has the user's id and follows the user.
    await q.query(`
      CREATE FUNCTION training.user_to_staff() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO training.staff (id, user_id, display_name, staff_role, contact_kind, branch_code, active, created_by)
        VALUES (NEW.id, NEW.id, left(NEW.display_name, 60), NEW.role,
                CASE WHEN NEW.role = 'PHONE_MANAGER' THEN coalesce(NEW.contact_kind, 'PHONE') END, NEW.branch_code, NEW.active, 'user')
        ON CONFLICT (id) DO UPDATE
          SET display_name = EXCLUDED.display_name, staff_role = EXCLUDED.staff_role, contact_kind = EXCLUDED.contact_kind,
              branch_code = EXCLUDED.branch_code, active = EXCLUDED.active, version = training.staff.version + 1, updated_at = now()
          WHERE (training.staff.display_name, training.staff.staff_role, training.staff.contact_kind, training.staff.branch_code, training.staff.active)
                IS DISTINCT FROM (EXCLUDED.display_name, EXCLUDED.staff_role, EXCLUDED.contact_kind, EXCLUDED.branch_code, EXCLUDED.active);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER app_user_is_staff AFTER INSERT OR UPDATE OF display_name, role, contact_kind, branch_code, active ON training.app_user
      FOR EACH ROW EXECUTE FUNCTION training.user_to_staff()`);
    await q.query(`
      INSERT INTO training.staff (id, user_id, display_name, staff_role, contact_kind, branch_code, active, created_by)
      SELECT id, id, left(display_name, 60), role, CASE WHEN role = 'PHONE_MANAGER' THEN coalesce(contact_kind, 'PHONE') END, branch_code, active, 'user'
      FROM training.app_user`);
    // Same columns, same order (readers keep working); staff without a login have user_id null.
    await q.query(`
      CREATE OR REPLACE VIEW training_api.staff_v1 AS
      SELECT id AS staff_id, user_id, display_name, staff_role, contact_kind, branch_code, active
      FROM training.staff`);

    await q.query(`
      CREATE TABLE training.course (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code            text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,32}$'),
        title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 80),
        description     text NOT NULL DEFAULT '',
        category        text NOT NULL CHECK (category IN ('TOPICAL','FRONT_LINE','TALK_TRACK','SERVICE','VISIT')),
        audience_roles  text[] NOT NULL CHECK (cardinality(audience_roles) >= 1 AND audience_roles <@ ARRAY[${STAFF_ROLES}]),
        hours           numeric(5,1) NOT NULL CHECK (hours > 0),
        pass_mark       numeric(5,2) NOT NULL DEFAULT 60 CHECK (pass_mark BETWEEN 0 AND 100),
        modules         jsonb NOT NULL DEFAULT '[]',
        materials       jsonb NOT NULL DEFAULT '[]',
        campaign_id     uuid,
        active          boolean NOT NULL DEFAULT true,
        version         int NOT NULL DEFAULT 1,
        created_by      text NOT NULL,
        idempotency_key text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX course_idempotency_idx ON training.course (created_by, idempotency_key)');
    await q.query('CREATE INDEX course_campaign_idx ON training.course (campaign_id) WHERE campaign_id IS NOT NULL');

    await q.query(`
      CREATE TABLE training.session (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id       uuid NOT NULL REFERENCES training.course (id),
        level           text NOT NULL CHECK (level IN ('PROVINCE','BRANCH')),
        branch_code     text REFERENCES training.branch (code),
        trainer         text NOT NULL CHECK (length(trainer) BETWEEN 1 AND 60),
        place           text NOT NULL CHECK (length(place) BETWEEN 1 AND 120),
        start_date      date NOT NULL,
        end_date        date NOT NULL,
        start_time      time NOT NULL DEFAULT '09:00',
        end_time        time NOT NULL DEFAULT '17:00',
        capacity        int NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        status          text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED','CANCELLED')),
        version         int NOT NULL DEFAULT 1,
        created_by      text NOT NULL,
        idempotency_key text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_branch_matches_level CHECK ((level = 'BRANCH') = (branch_code IS NOT NULL)),
        CONSTRAINT session_dates_ordered CHECK (end_date >= start_date),
        CONSTRAINT session_one_quarter CHECK (date_trunc('quarter', start_date::timestamp) = date_trunc('quarter', end_date::timestamp))
      )`);
    await q.query('CREATE UNIQUE INDEX session_idempotency_idx ON training.session (created_by, idempotency_key)');
    await q.query('CREATE INDEX session_start_idx ON training.session (start_date)');

    await q.query(`
      CREATE TABLE training.enrollment (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id  uuid NOT NULL REFERENCES training.session (id) ON DELETE CASCADE,
        staff_id    uuid NOT NULL REFERENCES training.staff (id) ON DELETE CASCADE,
        status      text NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED','ATTENDED','ABSENT')),
        score       numeric(5,2) CHECK (score BETWEEN 0 AND 100),
        version     int NOT NULL DEFAULT 1,
        enrolled_by text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (session_id, staff_id),
        CONSTRAINT enrollment_score_only_attended CHECK (score IS NULL OR status = 'ATTENDED')
      )`);
    await q.query('CREATE INDEX enrollment_staff_idx ON training.enrollment (staff_id)');

    await q.query(`
      CREATE TABLE training.audit (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at         timestamptz NOT NULL DEFAULT now(),
        actor_id   text NOT NULL,
        actor_name text NOT NULL,
        entity     text NOT NULL,
        entity_id  text NOT NULL,
        action     text NOT NULL,
        detail     jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query('CREATE INDEX audit_entity_idx ON training.audit (entity, entity_id, at)');

    // One call of setKpiTargets (or one import): a version of the targets of the branches it names.
    await q.query(`
      CREATE TABLE training.kpi_target_set (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        year            int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        effective_month date NOT NULL CHECK (extract(day FROM effective_month) = 1),
        created_by      text NOT NULL,
        idempotency_key text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT kpi_target_set_month_in_year CHECK (extract(year FROM effective_month)::int = year)
      )`);
    await q.query('CREATE UNIQUE INDEX kpi_target_set_idempotency_idx ON training.kpi_target_set (created_by, idempotency_key)');
    await q.query(`
      CREATE TABLE training.kpi_target (
        set_id      uuid NOT NULL REFERENCES training.kpi_target_set (id) ON DELETE CASCADE,
        branch_code text NOT NULL REFERENCES training.branch (code),
        kpi         text NOT NULL,
        target      double precision NOT NULL CHECK (target > 0),
        weight      double precision NOT NULL CHECK (weight >= 0 AND weight <= 100),
        cap         double precision NOT NULL CHECK (cap > 0),
        PRIMARY KEY (set_id, branch_code, kpi)
      )`);
    await q.query('CREATE INDEX kpi_target_branch_idx ON training.kpi_target (branch_code)');

    // Monthly actuals as last computed, and what they were computed from (fingerprint per source).
    await q.query(`
      CREATE TABLE training.kpi_actual (
        month       date NOT NULL,
        branch_code text NOT NULL,
        kpi         text NOT NULL,
        actual      double precision,
        numerator   double precision,
        denominator double precision,
        detail      jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (month, branch_code, kpi)
      )`);
    await q.query(`
      CREATE TABLE training.kpi_snapshot (
        month       date NOT NULL,
        source      text NOT NULL CHECK (source IN ('SEGMENTS','CAMPAIGNS','TRAINING')),
        fingerprint text NOT NULL,
        taken_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (month, source)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['kpi_snapshot', 'kpi_actual', 'kpi_target', 'kpi_target_set', 'audit', 'enrollment', 'session', 'course']) await q.query(`DROP TABLE training.${t}`);
    await q.query(`
      CREATE OR REPLACE VIEW training_api.staff_v1 AS
      SELECT id AS staff_id, id AS user_id, display_name, role AS staff_role,
             CASE WHEN role = 'PHONE_MANAGER' THEN coalesce(contact_kind, 'PHONE') END AS contact_kind, branch_code, active
      FROM training.app_user`);
    await q.query('DROP TRIGGER app_user_is_staff ON training.app_user');
    await q.query('DROP FUNCTION training.user_to_staff()');
    await q.query('DROP TABLE training.staff');
  }
}
