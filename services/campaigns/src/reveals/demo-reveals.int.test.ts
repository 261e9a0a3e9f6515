import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { Role } from '@retention/domain';
import { migrateInOrder, startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, postGraphQL, registerTestCallers, testCallerId, tokenFor, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { campaignsService } from '../app';
import { seedDemoRevealsAndMatrix } from './demo-reveals';

let db: TestDatabase;
let service: RunningService;
let admin: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateInOrder([trainingService, segmentsService], db.urlFor);
  await registerTestCallers(db.adminUrl);
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: false });
  admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
}, 600_000);

afterAll(async () => {
  await service?.stop();
  await admin?.end();
  await db?.drop();
});

it('seeds a reveal before each of the first contacts per branch and a second matrix version, once', async () => {
  const created = await postGraphQL<{ createCampaign: { id: string } }>(service.url, 'mutation { createCampaign(input: { name: "演示", kind: TENURE, level: PROVINCE, executingBranchCodes: ["CD"] }) { id } }', {}, tokenFor(Role.PROVINCE_PLANNER));
  const campaignId = created.data!.createCampaign.id;
  const agent = testCallerId(Role.PHONE_MANAGER, 'CD');
  const { rows: [task] } = await admin.query(
    `INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, created_at) VALUES ($1, 'CD', 'S1', $2, 'PHONE_MANAGER', '2026-12-01', now()) RETURNING id`,
    [campaignId, agent],
  );
  await admin.query(
    `INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, contacted_at, idempotency_key, payload_hash)
     VALUES ($1, $2, 'CD', 'S1', $3, 'PHONE_MANAGER', 'NO_ANSWER', '2026-12-01T10:00:00+08:00', 'k1', 'h')`,
    [task.id, campaignId, agent],
  );
  const dataSource = { query: (sql: string, params?: unknown[]) => admin.query(sql, params).then((r) => r.rows) } as unknown as DataSource;
  await seedDemoRevealsAndMatrix(dataSource);
  await seedDemoRevealsAndMatrix(dataSource);
  const { rows: reveals } = await admin.query(`SELECT user_id, subscriber_id, to_char(at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS at FROM campaigns.msisdn_reveal`);
  expect(reveals).toEqual([{ user_id: agent, subscriber_id: 'S1', at: '09:58' }]);
  const { rows: versions } = await admin.query(`SELECT version, created_by, new_services FROM campaigns.treatment_matrix WHERE retention_class = 'ORDINARY' ORDER BY version`);
  expect(versions.map((v) => [v.version, v.created_by])).toEqual([[1, 'seed 000'], [2, 'province']]);
  expect(versions[1].new_services).toEqual([...versions[0].new_services, '手机支付']);
});
