import type { MigrationInterface, QueryRunner } from 'typeorm';
import { jobTablesSql } from '@retention/jobs';

/** Services that read campaigns' published views: evaluation (results) and training (KPIs). */
const READERS = ['evaluation_svc', 'training_svc'];

/**
 * Policy (DOMAIN.md §4) and execution (§5): the campaign's full definition and audit
 * journal, the treatment matrix, target lists with their members, do-not-contact
 * entries, tasks, contacts and accepted offers — and campaigns_api v1 over them.
 */
export class CampaignPolicyAndExecution1765000100000 implements MigrationInterface {
  name = 'CampaignPolicyAndExecution1765000100000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of jobTablesSql('campaigns')) await q.query(sql);

    await q.query(`
      ALTER TABLE campaigns.campaign
        ADD COLUMN version                int NOT NULL DEFAULT 1,
        ADD COLUMN description            text NOT NULL DEFAULT '',
        ADD COLUMN target_segment_key     text,
        ADD COLUMN target_segment_id      uuid,
        ADD COLUMN target_rule            jsonb,
        ADD COLUMN eligibility_rule       jsonb,
        ADD COLUMN channels               text[] NOT NULL DEFAULT '{}',
        ADD COLUMN talk_track             text NOT NULL DEFAULT '',
        ADD COLUMN start_date             date,
        ADD COLUMN end_date               date,
        ADD COLUMN budget                 numeric(14,2),
        ADD COLUMN control_share          numeric(6,4) NOT NULL DEFAULT 0.1 CHECK (control_share >= 0 AND control_share <= 0.5),
        ADD COLUMN priority_weight        numeric(10,2) NOT NULL DEFAULT 1,
        ADD COLUMN target_uptake          numeric(6,4),
        ADD COLUMN target_churn_reduction numeric(6,4),
        ADD COLUMN birthday_in_window     boolean NOT NULL DEFAULT false,
        ADD COLUMN plan_paths             jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN review_comment         text,
        ADD COLUMN idempotency_key        text,
        ADD COLUMN idempotency_hash       text,
        ADD COLUMN submitted_at           timestamptz,
        ADD COLUMN published_at           timestamptz,
        ADD COLUMN closed_at              timestamptz,
        ADD CONSTRAINT campaign_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)`);
    await q.query('CREATE UNIQUE INDEX campaign_idempotency_idx ON campaigns.campaign (created_by, idempotency_key)');

    await q.query(`
      CREATE TABLE campaigns.offer_tier (
        campaign_id         uuid NOT NULL REFERENCES campaigns.campaign (id) ON DELETE CASCADE,
        position            int NOT NULL,
        code                text NOT NULL,
        name                text NOT NULL,
        offer_kind          text NOT NULL CHECK (offer_kind IN ('DEPOSIT_GIFT','TERMINAL','PLAN','SERVICE','GIFT')),
        deposit             numeric(12,2),
        gift                numeric(12,2),
        months              int CHECK (months >= 1),
        subsidy_share       numeric(6,4),
        cost_per_acceptance numeric(12,2) NOT NULL DEFAULT 0 CHECK (cost_per_acceptance >= 0),
        tenure_min_months   int,
        tenure_max_months   int,
        trial_months        int NOT NULL DEFAULT 1 CHECK (trial_months >= 0),
        PRIMARY KEY (campaign_id, code)
      )`);

    await q.query(`
      CREATE TABLE campaigns.campaign_audit (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns.campaign (id) ON DELETE CASCADE,
        actor_id    text NOT NULL,
        actor_name  text NOT NULL,
        at          timestamptz NOT NULL DEFAULT now(),
        action      text NOT NULL,
        from_status text,
        to_status   text,
        diff        jsonb NOT NULL DEFAULT '[]',
        comment     text
      )`);
    await q.query('CREATE INDEX campaign_audit_campaign_idx ON campaigns.campaign_audit (campaign_id, at)');

    await q.query(`
      CREATE TABLE campaigns.treatment_matrix (
        version         int NOT NULL,
        retention_class text NOT NULL CHECK (retention_class IN ('IMPORTANT','ORDINARY','IRREGULAR','CHURN_RISK')),
        kinds           text[] NOT NULL,
        channels        text[] NOT NULL,
        offer_kinds     text[] NOT NULL,
        products        text NOT NULL,
        promotions      text NOT NULL,
        new_services    text NOT NULL,
        service         text NOT NULL,
        created_by      text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version, retention_class)
      )`);

    await q.query(`
      CREATE TABLE campaigns.target_list (
        campaign_id    uuid NOT NULL REFERENCES campaigns.campaign (id) ON DELETE CASCADE,
        branch_code    text NOT NULL,
        status         text NOT NULL DEFAULT 'BUILDING' CHECK (status IN ('BUILDING','BUILT','DISPATCHED','FAILED')),
        month          date,
        segment_size   int NOT NULL DEFAULT 0,
        eligible       int NOT NULL DEFAULT 0,
        builds         int NOT NULL DEFAULT 0,
        first_built_at timestamptz,
        built_at       timestamptz,
        dispatched_at  timestamptz,
        job_id         uuid,
        PRIMARY KEY (campaign_id, branch_code)
      )`);
    await q.query(`
      CREATE TABLE campaigns.list_reason_count (
        campaign_id uuid NOT NULL,
        branch_code text NOT NULL,
        reason      text NOT NULL,
        count       int NOT NULL,
        PRIMARY KEY (campaign_id, branch_code, reason)
      )`);
    await q.query(`
      CREATE TABLE campaigns.list_member (
        campaign_id    uuid NOT NULL,
        branch_code    text NOT NULL,
        subscriber_id  text NOT NULL,
        status         text NOT NULL CHECK (status IN ('TREATED','CONTROL','SUPPRESSED')),
        reason         text CHECK (reason IN ('NOT_ON_NETWORK','SPECIAL_ACCOUNT','VIP_CARD','DO_NOT_CONTACT','RECENTLY_CONTACTED','FREQUENCY_CAP','ALREADY_TARGETED')),
        stratum        text,
        by_campaign_id uuid,
        added_at       timestamptz NOT NULL,
        -- No foreign key to target_list: a build writes its members in one statement, and a
        -- per-row key check would cost as much as the write itself (B3); builds keep them together.
        PRIMARY KEY (campaign_id, subscriber_id),
        CHECK ((status = 'SUPPRESSED') = (reason IS NOT NULL))
      )`);
    await q.query('CREATE INDEX list_member_subscriber_idx ON campaigns.list_member (subscriber_id)');
    await q.query('CREATE INDEX list_member_list_idx ON campaigns.list_member (campaign_id, branch_code, subscriber_id)');

    await q.query(`
      CREATE TABLE campaigns.do_not_contact (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        branch_code   text,
        subscriber_id text NOT NULL,
        reason        text NOT NULL,
        expires_at    timestamptz,
        source        text NOT NULL DEFAULT 'MANUAL' CHECK (source IN ('MANUAL','IMPORT','DO_NOT_CALL')),
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX do_not_contact_subscriber_idx ON campaigns.do_not_contact (subscriber_id)');
    await q.query(`CREATE UNIQUE INDEX do_not_contact_one_per_scope ON campaigns.do_not_contact (coalesce(branch_code, ''), subscriber_id)`);

    await q.query(`
      CREATE TABLE campaigns.manager_capacity (
        user_id  uuid NOT NULL,
        day      date,
        capacity int NOT NULL CHECK (capacity >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX manager_capacity_key ON campaigns.manager_capacity (user_id, coalesce(day, '0001-01-01'::date))`);

    await q.query(`
      CREATE TABLE campaigns.task (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id      uuid NOT NULL REFERENCES campaigns.campaign (id) ON DELETE CASCADE,
        branch_code      text NOT NULL,
        subscriber_id    text NOT NULL,
        assignee_id      uuid NOT NULL,
        channel          text NOT NULL CHECK (channel IN ('PHONE_MANAGER','ACCOUNT_MANAGER')),
        planned_day      date NOT NULL,
        status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CALLBACK','DONE','WITHDRAWN')),
        callback_at      timestamptz,
        withdrawn_reason text,
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, subscriber_id)
      )`);
    await q.query('CREATE INDEX task_assignee_idx ON campaigns.task (assignee_id, planned_day)');
    await q.query('CREATE INDEX task_subscriber_idx ON campaigns.task (subscriber_id)');

    await q.query(`
      CREATE TABLE campaigns.contact (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id         uuid NOT NULL REFERENCES campaigns.task (id) ON DELETE CASCADE,
        campaign_id     uuid NOT NULL,
        branch_code     text NOT NULL,
        subscriber_id   text NOT NULL,
        agent_id        uuid NOT NULL,
        channel         text NOT NULL,
        outcome         text NOT NULL CHECK (outcome IN ('NO_ANSWER','REACHED_DECLINED','HESITANT_CALLBACK','ACCEPTED','INVALID_NUMBER','DO_NOT_CALL')),
        offer_tier_code text,
        cost            numeric(12,2) NOT NULL DEFAULT 0,
        callback_at     timestamptz,
        note            text NOT NULL DEFAULT '',
        complaint       boolean NOT NULL DEFAULT false,
        complaint_valid boolean,
        complaint_text  text,
        contacted_at    timestamptz NOT NULL,
        idempotency_key text NOT NULL,
        payload_hash    text NOT NULL,
        CHECK ((outcome = 'ACCEPTED') = (offer_tier_code IS NOT NULL)),
        CHECK (complaint OR complaint_valid IS NULL)
      )`);
    await q.query('CREATE UNIQUE INDEX contact_idempotency_idx ON campaigns.contact (agent_id, idempotency_key)');
    await q.query('CREATE INDEX contact_subscriber_idx ON campaigns.contact (subscriber_id, contacted_at)');
    await q.query('CREATE INDEX contact_campaign_idx ON campaigns.contact (campaign_id, branch_code)');

    await q.query(`
      CREATE TABLE campaigns.accepted_offer (
        contact_id    uuid PRIMARY KEY REFERENCES campaigns.contact (id) ON DELETE CASCADE,
        campaign_id   uuid NOT NULL,
        branch_code   text NOT NULL,
        subscriber_id text NOT NULL,
        kind          text NOT NULL,
        tier          text NOT NULL,
        start_month   date NOT NULL,
        months        int NOT NULL,
        trial_months  int NOT NULL,
        cost          numeric(12,2) NOT NULL,
        accepted_at   timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE campaigns.msisdn_reveal (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id       text NOT NULL,
        task_id       uuid NOT NULL,
        subscriber_id text NOT NULL,
        at            timestamptz NOT NULL DEFAULT now()
      )`);

    await this.createApiViews(q);
  }

  /** campaigns_api v1 (docs/architecture.md "Data contracts"). */
  private async createApiViews(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW campaigns_api.campaign_v1 AS
      SELECT id AS campaign_id, name, kind, level, status, owner_branch_code, executing_branches,
             start_date, end_date, date_trunc('month', start_date)::date AS start_month,
             control_share, target_uptake, target_churn_reduction, channels, priority_weight, budget, published_at
      FROM campaigns.campaign`);
    await q.query(`
      CREATE VIEW campaigns_api.offer_tier_v1 AS
      SELECT campaign_id, code, name, offer_kind, deposit, gift, months, subsidy_share, cost_per_acceptance,
             tenure_min_months, tenure_max_months, trial_months
      FROM campaigns.offer_tier`);
    await q.query(`
      CREATE VIEW campaigns_api.list_member_v1 AS
      SELECT campaign_id, branch_code, subscriber_id, status, reason, stratum, by_campaign_id, added_at
      FROM campaigns.list_member`);
    await q.query(`
      CREATE VIEW campaigns_api.contact_v1 AS
      SELECT id AS contact_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, offer_tier_code,
             cost, contacted_at, complaint, complaint_valid
      FROM campaigns.contact`);
    await q.query(`
      CREATE VIEW campaigns_api.accepted_offer_v1 AS
      SELECT contact_id, campaign_id, branch_code, subscriber_id, kind, tier, start_month, months, trial_months, cost, accepted_at
      FROM campaigns.accepted_offer`);
    // Segments shows a phone manager the customers assigned to them, and no others.
    await q.query(`
      CREATE VIEW campaigns_api.assignment_v1 AS
      SELECT id AS task_id, campaign_id, branch_code, subscriber_id, assignee_id, status FROM campaigns.task`);
    const views = ['campaign_v1', 'offer_tier_v1', 'list_member_v1', 'contact_v1', 'accepted_offer_v1'];
    await q.query(`GRANT USAGE ON SCHEMA campaigns_api TO ${[...READERS, 'segments_svc'].join(', ')}`);
    await q.query('GRANT SELECT ON campaigns_api.assignment_v1 TO segments_svc');
    await q.query(`GRANT SELECT ON ${views.map((v) => `campaigns_api.${v}`).join(', ')} TO ${READERS.join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const v of ['assignment_v1', 'accepted_offer_v1', 'contact_v1', 'list_member_v1', 'offer_tier_v1', 'campaign_v1']) await q.query(`DROP VIEW campaigns_api.${v}`);
    for (const t of ['msisdn_reveal', 'accepted_offer', 'contact', 'task', 'manager_capacity', 'do_not_contact', 'list_member', 'list_reason_count', 'target_list', 'treatment_matrix', 'campaign_audit', 'offer_tier', 'upload_chunk', 'upload', 'job']) {
      await q.query(`DROP TABLE campaigns.${t}`);
    }
  }
}
