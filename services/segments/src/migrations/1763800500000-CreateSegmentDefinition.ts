import type { MigrationInterface, QueryRunner } from 'typeorm';
import { EXAMPLE_SEGMENTS } from '../rules/example-segments';

/** User-defined segments (rule trees); seed 001's SS1–SS9 ship as examples. */
export class CreateSegmentDefinition1763800500000 implements MigrationInterface {
  name = 'CreateSegmentDefinition1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segments.segment_definition (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key         text UNIQUE,
        name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 60),
        description text NOT NULL DEFAULT '',
        rule        jsonb NOT NULL,
        example     boolean NOT NULL DEFAULT false,
        created_by  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    for (const s of EXAMPLE_SEGMENTS) {
      await q.query(
        `INSERT INTO segments.segment_definition (key, name, description, rule, example, created_by) VALUES ($1, $2, $3, $4, true, 'system')`,
        [s.key, s.name, s.description, JSON.stringify(s.rule)],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE segments.segment_definition');
  }
}
