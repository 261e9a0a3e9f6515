import { Client } from 'pg';

/**
 * A small hand-built population for the evaluation's data tests (and nothing else):
 * rows written straight into segments' and campaigns' tables as the administrator, the
 * way their own imports and list builds would leave them. Every figure the tests expect
 * is worked out by hand from these rows (see evaluation-results.int.test.ts).
 */
export const CAMPAIGN_ID = '7e000000-0000-4000-8000-000000000001';
export const LOCAL_CAMPAIGN_ID = '7e000000-0000-4000-8000-000000000002';
export const AGENT_P1 = '7e000000-0000-4000-8000-0000000000a1';
export const AGENT_P2 = '7e000000-0000-4000-8000-0000000000a2';
export const AGENT_A1 = '7e000000-0000-4000-8000-0000000000a3';
export const AGENT_G1 = '7e000000-0000-4000-8000-0000000000a4';

const MONTHS = ['2031-01', '2031-02', '2031-03', '2031-04', '2031-05', '2031-06'];

type Status = 'ACTIVE' | 'CHURNED';
/** Bill per month Jan…Jun 2031; null = no usage row; [amount, 'CHURNED'] = a churned row. */
type Bills = (number | null | [number, Status])[];

interface Customer {
  id: string;
  branch: string;
  join: string;
  /** The tenure band the list build recorded: the join date's at 2031-03-31 (the list's month, March). */
  band: string;
  status: 'TREATED' | 'CONTROL' | 'SUPPRESSED';
  stratum: string;
  bills: Bills;
}

const C = (amount: number): [number, Status] => [amount, 'CHURNED'];

/**
 * CD: treated T1…T6, control C1…C4; GA: treated G1…G3, control G4; one suppressed.
 * Campaign starts 2031-04-10 (s = 2031-04): before = Jan–Mar, after = Apr–Jun.
 */
export const CUSTOMERS: Customer[] = [
  { id: 'T1', branch: 'CD', join: '2030-12-01', band: 'LT_6M', status: 'TREATED', stratum: 'IMPORTANT', bills: [100, 100, 100, 120, 120, 120] },
  { id: 'T2', branch: 'CD', join: '2030-12-01', band: 'LT_6M', status: 'TREATED', stratum: 'IMPORTANT', bills: [100, 100, 100, 110, 110, 110] },
  { id: 'T3', branch: 'CD', join: '2029-06-01', band: '1_3Y', status: 'TREATED', stratum: 'IMPORTANT', bills: [90, 90, 90, 90, 60, C(0)] },
  { id: 'T4', branch: 'CD', join: '2029-06-01', band: '1_3Y', status: 'TREATED', stratum: 'ORDINARY', bills: [200, 200, 200, 210, 210, 210] },
  { id: 'T5', branch: 'CD', join: '2020-01-01', band: 'GE_5Y', status: 'TREATED', stratum: 'ORDINARY', bills: [50, 50, 50, 50, 50, null] },
  { id: 'T6', branch: 'CD', join: '2020-01-01', band: 'GE_5Y', status: 'TREATED', stratum: 'ORDINARY', bills: [null, 80, 80, 80, 80, 80] },
  { id: 'C1', branch: 'CD', join: '2030-12-01', band: 'LT_6M', status: 'CONTROL', stratum: 'IMPORTANT', bills: [100, 100, 100, 100, 100, 100] },
  { id: 'C2', branch: 'CD', join: '2029-06-01', band: '1_3Y', status: 'CONTROL', stratum: 'IMPORTANT', bills: [100, 100, 100, 100, C(0), null] },
  { id: 'C3', branch: 'CD', join: '2029-06-01', band: '1_3Y', status: 'CONTROL', stratum: 'ORDINARY', bills: [150, 150, 150, 140, 140, 140] },
  { id: 'C4', branch: 'CD', join: '2020-01-01', band: 'GE_5Y', status: 'CONTROL', stratum: 'ORDINARY', bills: [60, 60, 60, 60, 60, C(0)] },
  { id: 'G1', branch: 'GA', join: '2027-01-01', band: '3_5Y', status: 'TREATED', stratum: 'CHURN_RISK', bills: [100, 100, 100, 100, 100, 100] },
  { id: 'G2', branch: 'GA', join: '2027-01-01', band: '3_5Y', status: 'TREATED', stratum: 'CHURN_RISK', bills: [80, 80, 80, 100, 100, 100] },
  { id: 'G3', branch: 'GA', join: '2027-01-01', band: '3_5Y', status: 'TREATED', stratum: 'CHURN_RISK', bills: [120, 120, 120, 120, null, null] },
  { id: 'G4', branch: 'GA', join: '2027-01-01', band: '3_5Y', status: 'CONTROL', stratum: 'CHURN_RISK', bills: [100, 100, 100, 90, 90, 90] },
  { id: 'S1', branch: 'GA', join: '2027-01-01', band: '3_5Y', status: 'SUPPRESSED', stratum: 'CHURN_RISK', bills: [500, 500, 500, 0, 0, null] },
];

/** [subscriber, channel, agent, outcome, tier cost, complaint valid?] per attempt. */
type Attempt = [string, 'PHONE_MANAGER' | 'ACCOUNT_MANAGER', string, string, number, boolean | null];
export const ATTEMPTS: Attempt[] = [
  ['T1', 'PHONE_MANAGER', AGENT_P1, 'NO_ANSWER', 0, null],
  ['T1', 'PHONE_MANAGER', AGENT_P1, 'ACCEPTED', 300, null],
  ['T2', 'PHONE_MANAGER', AGENT_P1, 'REACHED_DECLINED', 0, true],
  ['T3', 'PHONE_MANAGER', AGENT_P2, 'NO_ANSWER', 0, null],
  ['T4', 'ACCOUNT_MANAGER', AGENT_A1, 'ACCEPTED', 200, null],
  ['G1', 'PHONE_MANAGER', AGENT_G1, 'ACCEPTED', 300, null],
  ['G2', 'PHONE_MANAGER', AGENT_G1, 'HESITANT_CALLBACK', 0, null],
  ['G2', 'PHONE_MANAGER', AGENT_G1, 'DO_NOT_CALL', 0, false],
  // A control customer contacted by mistake: the contamination check counts it.
  ['G4', 'PHONE_MANAGER', AGENT_G1, 'NO_ANSWER', 0, null],
];

export async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Loads the months (usage partitions, loaded_month rows) and the subscribers. */
export async function loadSegments(client: Client, months = MONTHS): Promise<void> {
  for (const m of months) {
    const [y, mo] = m.split('-').map(Number);
    const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    await client.query(`CREATE TABLE IF NOT EXISTS segments.usage_${m.replace('-', '')} PARTITION OF segments.usage FOR VALUES FROM ('${m}-01') TO ('${next}-01')`);
  }
  for (const c of CUSTOMERS) {
    await client.query(
      `INSERT INTO segments.subscriber (subscriber_id, msisdn, branch_code, brand, plan_code, join_date) VALUES ($1, $2, $3, 'GOTONE', 'SL88', $4) ON CONFLICT DO NOTHING`,
      [c.id, `1380000${c.id.padStart(4, '0')}`, c.branch, c.join],
    );
    for (const [i, bill] of c.bills.entries()) {
      if (bill === null || !months.includes(MONTHS[i])) continue;
      const [amount, status] = Array.isArray(bill) ? bill : [bill, 'ACTIVE'];
      await client.query(
        `INSERT INTO segments.usage (subscriber_id, month, bill_amount, outgoing_mou, long_distance_mou, roaming_mou, data_mb, balance, arrears_months, status)
         VALUES ($1, $2::date, $3, 100, 0, 0, 0, 0, 0, $4) ON CONFLICT DO NOTHING`,
        [c.id, `${MONTHS[i]}-01`, amount, status],
      );
    }
  }
  for (const m of months) {
    await client.query(
      `INSERT INTO segments.loaded_month (month, usage_rows) SELECT $1::date, count(*) FROM segments.usage WHERE month = $1::date
       ON CONFLICT (month) DO UPDATE SET usage_rows = excluded.usage_rows, loaded_at = now()`,
      [`${m}-01`],
    );
  }
}

/** The province campaign (CD and GA) with its lists, tasks and contacts; and a CD local campaign with an empty list. */
export async function loadCampaign(client: Client, options: { targetChurnReduction?: number | null } = {}): Promise<void> {
  await client.query(
    `INSERT INTO campaigns.campaign (id, name, kind, level, status, owner_branch_code, executing_branches, created_by, start_date, end_date, control_share, target_churn_reduction, published_at)
     VALUES ($1, '存费送费：评估测试', 'DEPOSIT_GIFT', 'PROVINCE', 'CLOSED', NULL, '{CD,GA}', 'test', '2031-04-10', '2031-05-31', 0.3, $2, '2031-04-01'),
            ($3, '成都本地：评估测试', 'TENURE', 'BRANCH', 'PUBLISHED', 'CD', '{CD}', 'test', '2031-04-01', NULL, 0.1, NULL, '2031-04-01')`,
    [CAMPAIGN_ID, options.targetChurnReduction === undefined ? 0.05 : options.targetChurnReduction, LOCAL_CAMPAIGN_ID],
  );
  await client.query(
    `INSERT INTO campaigns.offer_tier (campaign_id, position, code, name, offer_kind, cost_per_acceptance)
     VALUES ($1, 1, 'DEP300', '存300送300', 'DEPOSIT_GIFT', 300), ($1, 2, 'DEP200', '存200送200', 'DEPOSIT_GIFT', 200)`,
    [CAMPAIGN_ID],
  );
  await client.query(
    `INSERT INTO campaigns.target_list (campaign_id, branch_code, status, month, eligible, builds, first_built_at, built_at, dispatched_at)
     VALUES ($1, 'CD', 'DISPATCHED', '2031-03-01', 10, 1, '2031-04-01', '2031-04-01', '2031-04-02'),
            ($1, 'GA', 'DISPATCHED', '2031-03-01', 5, 1, '2031-04-01', '2031-04-01', '2031-04-02'),
            ($2, 'CD', 'BUILT', '2031-03-01', 0, 1, '2031-04-01', '2031-04-01', NULL)`,
    [CAMPAIGN_ID, LOCAL_CAMPAIGN_ID],
  );
  for (const c of CUSTOMERS) {
    await client.query(
      `INSERT INTO campaigns.list_member (campaign_id, branch_code, subscriber_id, status, reason, stratum, tenure_band, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2031-04-01')`,
      [CAMPAIGN_ID, c.branch, c.id, c.status, c.status === 'SUPPRESSED' ? 'RECENTLY_CONTACTED' : null, c.stratum, c.band],
    );
  }
  for (const [i, attempt] of ATTEMPTS.entries()) await addAttempt(client, attempt, i);
}

/** One contact attempt (with its task when it is the customer's first). */
export async function addAttempt(client: Client, [subscriber, channel, agent, outcome, cost, valid]: Attempt, n: number): Promise<void> {
  const branch = CUSTOMERS.find((c) => c.id === subscriber)!.branch;
  const [task] = (
    await client.query(
      `INSERT INTO campaigns.task (campaign_id, branch_code, subscriber_id, assignee_id, channel, planned_day, status, created_at)
       VALUES ($1, $2, $3, $4, $5, '2031-04-12', 'DONE', '2031-04-02')
       ON CONFLICT (campaign_id, subscriber_id) DO UPDATE SET updated_at = now()
       RETURNING id`,
      [CAMPAIGN_ID, branch, subscriber, agent, channel],
    )
  ).rows;
  await client.query(
    `INSERT INTO campaigns.contact (task_id, campaign_id, branch_code, subscriber_id, agent_id, channel, outcome, offer_tier_code, cost,
                                    complaint, complaint_valid, contacted_at, idempotency_key, payload_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::timestamptz, $13, 'h')`,
    [
      task.id,
      CAMPAIGN_ID,
      branch,
      subscriber,
      agent,
      channel,
      outcome,
      outcome === 'ACCEPTED' ? (cost === 300 ? 'DEP300' : 'DEP200') : null,
      cost,
      valid !== null,
      valid,
      `2031-04-${String(12 + (n % 15)).padStart(2, '0')}T10:00:00Z`,
      `k${n}`,
    ],
  );
}

/** Test staff (training's users) for the managers' names. */
export async function addStaff(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO training.app_user (id, username, display_name, password_hash, role, branch_code)
     VALUES ($1, 'eval.p1', '张电话', '!', 'PHONE_MANAGER', 'CD'), ($2, 'eval.p2', '李电话', '!', 'PHONE_MANAGER', 'CD'),
            ($3, 'eval.a1', '王客户经理', '!', 'PHONE_MANAGER', 'CD'), ($4, 'eval.g1', '赵电话', '!', 'PHONE_MANAGER', 'GA')
     ON CONFLICT DO NOTHING`,
    [AGENT_P1, AGENT_P2, AGENT_A1, AGENT_G1],
  );
}
