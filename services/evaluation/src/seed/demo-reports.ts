import type { DataSource } from 'typeorm';
import { DEMO_CAMPAIGN_IDS } from '@retention/domain';

/** Two reports on the closed demo deposit-gift campaign; only into an empty table. */
export async function seedDemoReports(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM evaluation.evaluation_report');
  if (n > 0) return;
  await dataSource.query(
    `INSERT INTO evaluation.evaluation_report (campaign_id, branch_code, status, what_worked, problems, customer_feedback, suggestions)
     VALUES ($1, 'CD', 'SUBMITTED', '电话经理按话术外呼，存费送费对网龄1-3年客户接受度高', '部分号码无效，外呼接通率偏低', '客户关注赠费到账时间', '下轮活动提前清洗号码'),
            ($1, 'GA', 'DRAFT', '', '', '', '')`,
    [DEMO_CAMPAIGN_IDS.provinceDepositGift],
  );
}
