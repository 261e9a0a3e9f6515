import type { DataSource } from 'typeorm';
import { DEMO_CAMPAIGN_IDS } from '@retention/domain';

/**
 * Two reports on the closed demo deposit-gift campaign, at the latest loaded month (this
 * month while nothing is loaded); only into an empty table. The CD one waits in the
 * province's review queue, with the notification a submission makes.
 */
export async function seedDemoReports(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM evaluation.evaluation_report');
  if (n > 0) return;
  await dataSource.transaction(async (tx) => {
    const rows: { id: string; branch_code: string; status: string }[] = await tx.query(
      `INSERT INTO evaluation.evaluation_report
         (campaign_id, branch_code, month, status, what_worked, problems, customer_feedback, suggestions, next_actions, tags, retention_classes, created_by, submitted_at)
       SELECT $1::uuid, v.branch_code, m.month, v.status, v.what_worked, v.problems, v.customer_feedback, v.suggestions, v.next_actions,
              v.tags::text[], v.classes::text[], 'demo', CASE WHEN v.status = 'SUBMITTED' THEN now() END
       FROM (SELECT coalesce(max(month), date_trunc('month', now())::date) AS month FROM segments_api.month_v1) m,
            (VALUES ('CD', 'SUBMITTED', '电话经理按话术外呼，存费送费对网龄1-3年客户接受度高', '部分号码无效，外呼接通率偏低', '客户关注赠费到账时间',
                     '下轮活动提前清洗号码', '对有流失倾向客户追加关怀回访', '{外呼,话术}', '{ORDINARY,CHURN_RISK}'),
                    ('GA', 'DRAFT', '', '', '', '', '', '{}', '{}')) AS v (branch_code, status, what_worked, problems, customer_feedback, suggestions, next_actions, tags, classes)
       RETURNING id, branch_code, status`,
      [DEMO_CAMPAIGN_IDS.provinceDepositGift],
    );
    for (const r of rows) {
      await tx.query(`INSERT INTO evaluation.report_audit (report_id, actor_id, actor_name, action, to_status, version) VALUES ($1::uuid, 'demo', 'demo', 'CREATE', 'DRAFT', 1)`, [r.id]);
      if (r.status === 'SUBMITTED') {
        await tx.query(`INSERT INTO evaluation.notification (audience, report_id, kind, actor_name) VALUES ('PROVINCE', $1::uuid, 'SUBMITTED', 'cd.planner')`, [r.id]);
      }
    }
  });
}
