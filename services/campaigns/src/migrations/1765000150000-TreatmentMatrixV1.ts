import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TREATMENT_MATRIX } from '@retention/domain';

/** What authoring suggests per class (DOMAIN.md §4's promotions and channels, as campaign kinds and offers). */
export const MATRIX_SUGGESTIONS: Record<string, { kinds: string[]; offerKinds: string[] }> = {
  IMPORTANT: { kinds: ['TERMINAL', 'DEPOSIT_GIFT', 'PLAN_MIGRATION', 'SERVICE_PUSH', 'CARE'], offerKinds: ['TERMINAL', 'DEPOSIT_GIFT', 'PLAN'] },
  ORDINARY: { kinds: ['TENURE', 'TERMINAL', 'PLAN_MIGRATION', 'SERVICE_PUSH'], offerKinds: ['TERMINAL', 'DEPOSIT_GIFT', 'PLAN'] },
  IRREGULAR: { kinds: ['TENURE', 'PLAN_MIGRATION', 'SERVICE_PUSH'], offerKinds: ['PLAN', 'SERVICE'] },
  CHURN_RISK: { kinds: ['DEPOSIT_GIFT', 'TERMINAL', 'PLAN_MIGRATION'], offerKinds: ['DEPOSIT_GIFT', 'TERMINAL', 'PLAN'] },
};

/**
 * The treatment matrix as policy data: version 1 is seed 000's table (DOMAIN.md §4);
 * province planners add versions. campaigns_api.treatment_matrix_v1 is the latest
 * version, read by segments for the portrait's recommended treatment.
 */
export class TreatmentMatrixV11765000150000 implements MigrationInterface {
  name = 'TreatmentMatrixV11765000150000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of ['products', 'promotions', 'new_services', 'service']) {
      await q.query(`ALTER TABLE campaigns.treatment_matrix ALTER COLUMN ${column} TYPE text[] USING ARRAY[${column}]`);
    }
    for (const [retentionClass, t] of Object.entries(TREATMENT_MATRIX)) {
      const s = MATRIX_SUGGESTIONS[retentionClass];
      await q.query(
        `INSERT INTO campaigns.treatment_matrix (version, retention_class, kinds, channels, offer_kinds, products, promotions, new_services, service, created_by)
         VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, 'seed 000')`,
        [retentionClass, s.kinds, t.channels, s.offerKinds, t.products, t.promotions, t.newServices, t.service],
      );
    }
    await q.query(`
      CREATE VIEW campaigns_api.treatment_matrix_v1 AS
      SELECT version, retention_class, kinds, channels, offer_kinds, products, promotions, new_services, service
      FROM campaigns.treatment_matrix WHERE version = (SELECT max(version) FROM campaigns.treatment_matrix)`);
    await q.query('GRANT SELECT ON campaigns_api.treatment_matrix_v1 TO segments_svc, evaluation_svc, training_svc');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW campaigns_api.treatment_matrix_v1');
    await q.query('DELETE FROM campaigns.treatment_matrix');
  }
}
