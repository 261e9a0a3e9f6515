import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Services that route work to staff: campaigns (dispatch to phone and account managers), evaluation (uptake per manager). */
const READERS = ['campaigns_svc', 'evaluation_svc'];

/**
 * Phone managers have a contact kind (DOMAIN.md §1): PHONE (电话经理) or ACCOUNT (客户经理,
 * who serve VIP and A/B-group key customers). training_api.staff_v1 publishes the staff
 * other services route work to; staff without a login join it when training adds them.
 */
export class StaffApi1765000000000 implements MigrationInterface {
  name = 'StaffApi1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE training.app_user ADD COLUMN contact_kind text CHECK (contact_kind IN ('PHONE','ACCOUNT'))`);
    // Only phone managers have a kind; one without a recorded kind is a phone (电话) manager.
    await q.query(`ALTER TABLE training.app_user ADD CONSTRAINT app_user_contact_kind_only_managers
      CHECK (contact_kind IS NULL OR role = 'PHONE_MANAGER')`);
    await q.query(`
      CREATE VIEW training_api.staff_v1 AS
      SELECT id AS staff_id, id AS user_id, display_name, role AS staff_role,
             CASE WHEN role = 'PHONE_MANAGER' THEN coalesce(contact_kind, 'PHONE') END AS contact_kind, branch_code, active
      FROM training.app_user`);
    await q.query(`GRANT SELECT ON training_api.staff_v1 TO ${READERS.join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW training_api.staff_v1');
    await q.query('ALTER TABLE training.app_user DROP COLUMN contact_kind');
  }
}
