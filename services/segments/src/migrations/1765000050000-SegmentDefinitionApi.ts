import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved segments for campaigns: a campaign may target one, and freezes its rule at
 * publication (later edits of the segment do not change a published campaign).
 */
export class SegmentDefinitionApi1765000050000 implements MigrationInterface {
  name = 'SegmentDefinitionApi1765000050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW segments_api.segment_definition_v1 AS
      SELECT id AS segment_id, key, name, rule, updated_at FROM segments.segment_definition`);
    await q.query('GRANT SELECT ON segments_api.segment_definition_v1 TO campaigns_svc');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP VIEW segments_api.segment_definition_v1');
  }
}
