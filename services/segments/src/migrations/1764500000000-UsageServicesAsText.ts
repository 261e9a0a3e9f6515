import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A usage row's sticky services as the extract writes them ('MAIL139;FETION', '' for none)
 * instead of text[]: COPY then loads the cell as it is, where parsing an array literal
 * per row was a fifth of the import. Readers split it with string_to_array(services, ';').
 */
export class UsageServicesAsText1764500000000 implements MigrationInterface {
  name = 'UsageServicesAsText1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE segments.usage ALTER COLUMN services DROP DEFAULT');
    await q.query("ALTER TABLE segments.usage ALTER COLUMN services TYPE text USING array_to_string(services, ';')");
    await q.query("ALTER TABLE segments.usage ALTER COLUMN services SET DEFAULT ''");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE segments.usage ALTER COLUMN services DROP DEFAULT');
    await q.query("ALTER TABLE segments.usage ALTER COLUMN services TYPE text[] USING string_to_array(services, ';')");
    await q.query("ALTER TABLE segments.usage ALTER COLUMN services SET DEFAULT '{}'");
  }
}
