import type { DataSource } from 'typeorm';
import { DEMO_CAMPAIGN_IDS } from '@retention/domain';

/**
 * Reports on the closed demo deposit-gift campaign (built and contacted in July 2026, with
 * the months after it loaded), at the latest loaded month (this month while nothing is
 * loaded); only into an empty table. MY's waits in the province's review queue, with the
 * notification a submission makes; CD's is a draft for cd.planner to submit (the issue's
 * walk: submit, return with a comment, resubmit, accept, share); GA's is an empty draft.
 */
export async function seedDemoReports(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM evaluation.evaluation_report');
  if (n > 0) return;
  await waitForDemoCampaign(dataSource);
  await dataSource.transaction(async (tx) => {
    const rows: { id: string; branch_code: string; status: string }[] = await tx.query(
      `INSERT INTO evaluation.evaluation_report
         (campaign_id, branch_code, month, status, what_worked, problems, customer_feedback, suggestions, next_actions, tags, retention_classes, created_by, submitted_at)
       SELECT $1::uuid, v.branch_code, m.month, v.status, v.what_worked, v.problems, v.customer_feedback, v.suggestions, v.next_actions,
              v.tags::text[], v.classes::text[], 'demo', CASE WHEN v.status = 'SUBMITTED' THEN now() END
       FROM (SELECT coalesce(max(month), date_trunc('month', now())::date) AS month FROM segments_api.month_v1) m,
            (VALUES ('CD', 'DRAFT', '电话经理按话术外呼，存费送费对网龄1-3年客户接受度高', '部分号码无效，外呼接通率偏低', '客户关注赠费到账时间',
                     '下轮活动提前清洗号码', '对有流失倾向客户追加关怀回访', '{外呼,话术}', '{ORDINARY,CHURN_RISK}'),
                    ('MY', 'SUBMITTED', '客户经理上门拜访集团重要成员，存300送300档次最受欢迎', '部分客户已在其他活动中办理，需错峰', '客户希望赠费分月到账更透明',
                     '与集团客户经理协同营销', '跟踪赠费到账后的稳定期客户', '{上门,集团}', '{IMPORTANT}'),
                    ('GA', 'DRAFT', '', '', '', '', '', '{}', '{}')) AS v (branch_code, status, what_worked, problems, customer_feedback, suggestions, next_actions, tags, classes)
       RETURNING id, branch_code, status`,
      [DEMO_CAMPAIGN_IDS.provinceDepositGift],
    );
    for (const r of rows) {
      await tx.query(`INSERT INTO evaluation.report_audit (report_id, actor_id, actor_name, action, to_status, version) VALUES ($1::uuid, 'demo', 'demo', 'CREATE', 'DRAFT', 1)`, [r.id]);
      if (r.status === 'SUBMITTED') {
        await tx.query(`INSERT INTO evaluation.notification (audience, report_id, kind, actor_name) VALUES ('PROVINCE', $1::uuid, 'SUBMITTED', '绵阳分公司策划')`, [r.id]);
      }
    }
  });
}

/**
 * `pnpm start` seeds the subgraphs side by side: wait (bounded by DEMO_SEED_WAIT_MS, default
 * 110 s) until campaigns has contacted and closed the demo campaign (its lists are built
 * from segments' refreshed months), so the reports sit at the latest loaded month.
 */
async function waitForDemoCampaign(dataSource: DataSource, timeoutMs = Number(process.env.DEMO_SEED_WAIT_MS ?? 110000)): Promise<void> {
  // Only when started by the platform (SEED_DEMO=true in the environment) with demo data.
  if (process.env.SEED_DEMO !== 'true' || process.env.DEMO_SUBSCRIBERS === '0') return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [row] = await dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM campaigns_api.contact_v1 WHERE campaign_id = $1::uuid)
              AND EXISTS (SELECT 1 FROM campaigns_api.campaign_v1 WHERE campaign_id = $1::uuid AND status = 'CLOSED') AS ready`,
      [DEMO_CAMPAIGN_IDS.provinceDepositGift],
    );
    if (row.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
