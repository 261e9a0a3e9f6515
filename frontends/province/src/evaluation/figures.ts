import { BRANCHES } from '@retention/domain';
import type { ExcelColumn } from '@retention/segment-views';

/** The figures the evaluation tables show (a subset of CampaignEvaluation). */
export interface FigureRow {
  branchCode?: string | null;
  listSize?: number | null;
  controlSize?: number | null;
  treatedSize?: number | null;
  contacted: number;
  reached: number;
  accepted: number;
  uptake?: number | null;
  churnTreated?: number | null;
  churnControl?: number | null;
  churnReduction?: number | null;
  churnReductionCiLow?: number | null;
  churnReductionCiHigh?: number | null;
  pValue?: number | null;
  arpuDid?: number | null;
  arpuDidCiLow?: number | null;
  arpuDidCiHigh?: number | null;
  validComplaintRate?: number | null;
  cost: number;
  incrementalRevenue?: number | null;
  roi?: number | null;
  power?: number | null;
  underpowered?: boolean | null;
}

const DASH = '—';

/** A fraction as a percentage with one decimal (0.815 → 81.5%). */
export const pct = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined ? DASH : `${(v * 100).toFixed(digits)}%`);
/** A difference of shares in percentage points. */
export const pp = (v: number | null | undefined): string => (v === null || v === undefined ? DASH : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}pp`);
export const ciText = (low: number | null | undefined, high: number | null | undefined, format: (v: number) => string): string =>
  low === null || low === undefined || high === null || high === undefined ? DASH : `[${format(low)}, ${format(high)}]`;
export const yuan = (v: number | null | undefined): string =>
  v === null || v === undefined ? DASH : `¥${v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
export const num = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined ? DASH : v.toFixed(digits));
export const permille = (v: number | null | undefined): string => (v === null || v === undefined ? DASH : `${(v * 1000).toFixed(2)}‰`);

/** Excel columns of the side-by-side table: numbers stay numbers. */
export function figureColumns(t: (key: string) => string, label: (row: FigureRow) => string): ExcelColumn<FigureRow>[] {
  return [
    { title: t('evaluation:col.branch'), value: label },
    { title: t('evaluation:col.listSize'), value: (r) => r.listSize ?? null, format: 'integer' },
    { title: t('evaluation:col.controlSize'), value: (r) => r.controlSize ?? null, format: 'integer' },
    { title: t('evaluation:col.contacted'), value: (r) => r.contacted, format: 'integer' },
    { title: t('evaluation:col.reached'), value: (r) => r.reached, format: 'integer' },
    { title: t('evaluation:col.accepted'), value: (r) => r.accepted, format: 'integer' },
    { title: t('evaluation:col.uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
    { title: t('evaluation:col.churnTreated'), value: (r) => r.churnTreated ?? null, format: 'percent' },
    { title: t('evaluation:col.churnControl'), value: (r) => r.churnControl ?? null, format: 'percent' },
    { title: t('evaluation:col.churnReduction'), value: (r) => r.churnReduction ?? null, format: 'percent' },
    { title: `${t('evaluation:col.ci')} −`, value: (r) => r.churnReductionCiLow ?? null, format: 'percent' },
    { title: `${t('evaluation:col.ci')} +`, value: (r) => r.churnReductionCiHigh ?? null, format: 'percent' },
    { title: t('evaluation:col.pValue'), value: (r) => r.pValue ?? null },
    { title: t('evaluation:col.arpuDid'), value: (r) => r.arpuDid ?? null, format: 'decimal1' },
    { title: t('evaluation:col.validComplaintRate'), value: (r) => r.validComplaintRate ?? null, format: 'percent' },
    { title: t('evaluation:col.cost'), value: (r) => r.cost, format: 'decimal1' },
    { title: t('evaluation:col.incrementalRevenue'), value: (r) => r.incrementalRevenue ?? null, format: 'decimal1' },
    { title: t('evaluation:col.roi'), value: (r) => r.roi ?? null, format: 'percent' },
    { title: t('evaluation:col.power'), value: (r) => r.power ?? null, format: 'percent' },
  ];
}

/** A branch's name in the UI language; null (the pool / the province's own report) gets `fallback`. */
export function branchName(code: string | null | undefined, language: string, fallback: string): string {
  if (!code) return fallback;
  const branch = BRANCHES.find((b) => b.code === code);
  if (!branch) return code;
  return language === 'en' ? branch.nameEn : branch.nameZh;
}
