import type { DataSource } from 'typeorm';
import { BRANCH_CODES, DEMO_CAMPAIGN_IDS } from '@retention/domain';

/** A few campaigns in different states so the demo shows the loop; only into an empty table. */
export async function seedDemoCampaigns(dataSource: DataSource): Promise<void> {
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM campaigns.campaign');
  if (n > 0) return;
  const all = [...BRANCH_CODES];
  const rows = [
    [DEMO_CAMPAIGN_IDS.provinceTenure, '网龄计划：老客户回馈', 'TENURE', 'PROVINCE', 'PUBLISHED', null, all],
    [DEMO_CAMPAIGN_IDS.provinceDepositGift, '存费送费：中高端稳定', 'DEPOSIT_GIFT', 'PROVINCE', 'CLOSED', null, ['CD', 'MY', 'DY', 'GA']],
    [DEMO_CAMPAIGN_IDS.provinceTerminalDraft, 'G3终端补贴（草稿）', 'TERMINAL', 'PROVINCE', 'DRAFT', null, all],
    [DEMO_CAMPAIGN_IDS.chengduCare, '成都生日关怀', 'CARE', 'BRANCH', 'PUBLISHED', 'CD', ['CD']],
  ] as const;
  for (const [id, name, kind, level, status, owner, branches] of rows) {
    await dataSource.query(
      `INSERT INTO campaigns.campaign (id, name, kind, level, status, owner_branch_code, executing_branches, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'demo')`,
      [id, name, kind, level, status, owner, branches],
    );
  }
}
