/**
 * Fixed ids of the demo campaigns, so the demo data of the campaigns and evaluation
 * subgraphs (separate schemas, no foreign keys between them) refer to the same campaigns.
 */
export const DEMO_CAMPAIGN_IDS = {
  provinceTenure: '6f1c2a10-0000-4000-8000-000000000001',
  provinceDepositGift: '6f1c2a10-0000-4000-8000-000000000002',
  chengduCare: '6f1c2a10-0000-4000-8000-000000000003',
  provinceTerminalDraft: '6f1c2a10-0000-4000-8000-000000000004',
} as const;
