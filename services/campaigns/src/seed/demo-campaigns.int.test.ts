import { Client } from 'pg';
import { DEMO_CAMPAIGN_IDS } from '@retention/domain';
import { startService, type RunningService } from '@retention/graphql-kit';
import { segmentsService } from '@retention/segments';
import { createTestDatabase, registerTestCallers, type TestDatabase } from '@retention/test-kit';
import { trainingService } from '@retention/training';
import { campaignsService } from '../app';

let db: TestDatabase;
let segments: RunningService;
let training: RunningService;
let service: RunningService;
let admin: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DEMO_SUBSCRIBERS = '5000';
  process.env.DEMO_MONTHS = '6';
  training = await startService(trainingService, { databaseUrl: db.urlFor('training'), port: 0, seedDemo: true });
  await registerTestCallers(db.adminUrl);
  segments = await startService(segmentsService, { databaseUrl: db.urlFor('segments'), port: 0, seedDemo: true });
  service = await startService(campaignsService, { databaseUrl: db.urlFor('campaigns'), port: 0, seedDemo: true });
  admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
}, 600_000);

afterAll(async () => {
  await admin?.end();
  await service?.stop();
  await segments?.stop();
  await training?.stop();
  await db?.drop();
});

it('seeds campaigns in every state, a past campaign built from June and contacted in July, and a dispatched list now', async () => {
  const { rows: states } = await admin.query('SELECT status, count(*)::int AS n FROM campaigns.campaign GROUP BY status ORDER BY status');
  expect(states.map((s) => s.status)).toEqual(['CLOSED', 'DRAFT', 'PENDING_APPROVAL', 'PUBLISHED']);
  const { rows: lists } = await admin.query(
    `SELECT branch_code, to_char(month, 'YYYY-MM') AS month, eligible, status FROM campaigns.target_list WHERE campaign_id = $1 ORDER BY branch_code`,
    [DEMO_CAMPAIGN_IDS.provinceDepositGift],
  );
  expect(lists.map((l) => [l.branch_code, l.month, l.status])).toEqual([['CD', '2026-06', 'DISPATCHED'], ['DY', '2026-06', 'DISPATCHED'], ['GA', '2026-06', 'DISPATCHED'], ['MY', '2026-06', 'DISPATCHED']]);
  const { rows: [contacts] } = await admin.query(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE outcome = 'ACCEPTED')::int AS accepted, min(contacted_at) AS first, max(contacted_at) AS last
     FROM campaigns.contact WHERE campaign_id = $1`,
    [DEMO_CAMPAIGN_IDS.provinceDepositGift],
  );
  expect(contacts.n).toBeGreaterThan(20);
  expect(contacts.accepted).toBeGreaterThan(0);
  expect(contacts.first.toISOString() >= '2026-06-30').toBe(true);
  expect(contacts.last.toISOString() < '2026-09-01').toBe(true);
  const { rows: [control] } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.contact k JOIN campaigns.list_member m USING (campaign_id, subscriber_id) WHERE m.status = 'CONTROL'`);
  expect(control.n).toBe(0);
  const { rows: [now] } = await admin.query(`SELECT status FROM campaigns.target_list WHERE campaign_id = $1 AND branch_code = 'CD'`, [DEMO_CAMPAIGN_IDS.provinceTenure]);
  expect(now.status).toBe('DISPATCHED');
  const { rows: [tasks] } = await admin.query(`SELECT count(*)::int AS n FROM campaigns.task WHERE campaign_id = $1 AND status = 'OPEN'`, [DEMO_CAMPAIGN_IDS.provinceTenure]);
  expect(tasks.n).toBeGreaterThan(0);
});
