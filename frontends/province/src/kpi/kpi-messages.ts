import { registerMessages } from '@retention/ui';

registerMessages('kpi', {
  'zh-CN': {
    title: 'KPI 考核排名',
    year: '考核年度',
    month: '月份',
    rank: '名次',
    movement: '升降',
    branch: '分公司',
    total: '总分',
    noData: '无数据',
    actual: '实际值',
    target: '目标值',
    weight: '权重',
    cap: '封顶',
    attainment: '完成率',
    score: '得分',
    figures: '原始数据',
    export: '导出 Excel',
    chartKpi: '指标',
    chart: '各分公司 实际 vs 目标',
    trend: '总分趋势（前五名）',
    targets: '目标、权重与封顶（目标 · 权重 · 封顶，点击分公司编辑）',
    effectiveMonth: '生效月份',
    save: '保存新版本',
    edit: '编辑',
    saved: '已保存新版本的目标',
    import: '从 Excel/CSV 导入',
    importDone: '已导入 {{branches}} 个分公司的目标',
    importErrors: '文件有错误，未导入',
    line: '行号',
    column: '列',
    problem: '问题',
    weightsSum: '权重合计',
    cohort: {
      title: '拍照客户保有率的拍照客户群', current: '拍照客户群', default: '默认：上年12月中高端客户', setBy: '设置人', versions: '历次设置（新设置从生效月份起适用，以前月份不变）',
      help: '拍照客户保有率 = 拍照客户（按拍照时所属分公司）在当月仍在网的比例。默认取上年12月的中高端客户；省公司可另选客户细分已生成的拍照客户群，或选一个已计算月份的中高端/动态中高端/准中高端客户作为拍照客户。',
      fromCohort: '选择已有拍照客户群', fromSegment: '按细分和基准月', chooseCohort: '选择拍照客户群（客户细分 › 拍照客户）', noCohorts: '没有可用的拍照客户群（须为内置细分、基准月早于生效月份）',
      segment: '细分', baseMonth: '基准月', effective: '拍照客户群生效月份', save: '保存拍照客户群', saved: '已保存新的拍照客户群设置',
    },
    plannerRule: '本季度策划专题培训',
    plannerMissing: '未安排策划专题培训：',
    plannerOk: '各分公司均已安排',
    up: '上升 {{n}} 位',
    down: '下降 {{n}} 位',
    same: '持平',
    new: '新上榜',
    figure: {
      MID_HIGH_END: '中高端客户数', COHORT_MEMBERS: '拍照客户数', RETAINED: '仍在网', DYNAMIC_MID_HIGH_END: '动态中高端', DYNAMIC_MEASURES_GE_2: '≥2项措施',
      CONTACTED: '接触客户数', VALID_COMPLAINTS: '有理投诉', ACCEPTED: '接受优惠客户数', STAFF: '在岗人数', TRAINED: '参训人数',
    },
    name: {
      MID_HIGH_END_AVG: '月均中高端客户数', COHORT_RETENTION: '拍照客户保有率', CROSS_STAB_2: '交叉稳定率(≥2)', VALID_COMPLAINT_RATE: '有理投诉率', CAMPAIGN_UPTAKE: '营销成功率', TRAINING_COVERAGE: '培训覆盖率',
    },
  },
  en: {
    title: 'KPI scoreboard',
    year: 'Year',
    month: 'Month',
    rank: 'Rank',
    movement: 'Move',
    branch: 'Branch',
    total: 'Total',
    noData: 'No data',
    actual: 'Actual',
    target: 'Target',
    weight: 'Weight',
    cap: 'Cap',
    attainment: 'Attainment',
    score: 'Score',
    figures: 'Raw figures',
    export: 'Export to Excel',
    chartKpi: 'KPI',
    chart: 'Actual vs target by branch',
    trend: 'Total over the year (top five)',
    targets: 'Targets, weights and caps (target · weight · cap; click a branch to edit)',
    effectiveMonth: 'Effective from',
    save: 'Save as a new version',
    edit: 'Edit',
    saved: 'Targets saved as a new version',
    import: 'Import from Excel/CSV',
    importDone: 'Imported the targets of {{branches}} branches',
    importErrors: 'The file has errors: nothing imported',
    line: 'Line',
    column: 'Column',
    problem: 'Problem',
    weightsSum: 'Weights total',
    cohort: {
      title: 'Photo cohort of the cohort-retention KPI', current: 'Cohort', default: 'Default: mid-high-end customers of December last year', setBy: 'Set by', versions: 'Every choice (a new one applies from its effective month; earlier months keep theirs)',
      help: 'Photo-cohort retention = share of the cohort (by their branch then) still on network at the month. By default the mid-high-end customers of December last year; the province may pick one of the photo cohorts segments has frozen, or a mid-high-end / dynamic / near mid-high-end segment at a month segments has computed.',
      fromCohort: 'An existing photo cohort', fromSegment: 'A segment and base month', chooseCohort: 'Choose a photo cohort (Segments › Photo cohorts)', noCohorts: 'No usable photo cohort (a built-in segment frozen before the effective month)',
      segment: 'Segment', baseMonth: 'Base month', effective: 'Cohort effective from', save: 'Save the cohort', saved: 'The new cohort choice is saved',
    },
    plannerRule: 'Planner topic sessions this quarter',
    plannerMissing: 'No planner topic session: ',
    plannerOk: 'Every branch has one',
    up: 'Up {{n}}',
    down: 'Down {{n}}',
    same: 'No change',
    new: 'New',
    figure: {
      MID_HIGH_END: 'Mid-high-end customers', COHORT_MEMBERS: 'Cohort members', RETAINED: 'Still on network', DYNAMIC_MID_HIGH_END: 'Dynamic mid-high-end', DYNAMIC_MEASURES_GE_2: '≥ 2 measures',
      CONTACTED: 'Customers contacted', VALID_COMPLAINTS: 'Valid complaints', ACCEPTED: 'Customers accepting', STAFF: 'Active staff', TRAINED: 'Trained',
    },
    name: {
      MID_HIGH_END_AVG: 'Monthly avg mid-high-end', COHORT_RETENTION: 'Photo-cohort retention', CROSS_STAB_2: 'Cross-stabilization ≥ 2', VALID_COMPLAINT_RATE: 'Valid complaint rate', CAMPAIGN_UPTAKE: 'Campaign uptake', TRAINING_COVERAGE: 'Training coverage',
    },
  },
});

/** The KPI keys in scorecard order. */
export const KPI_KEYS = ['MID_HIGH_END_AVG', 'COHORT_RETENTION', 'CROSS_STAB_2', 'VALID_COMPLAINT_RATE', 'CAMPAIGN_UPTAKE', 'TRAINING_COVERAGE'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** Counts as whole numbers, shares as percentages (a complaint rate in ‰). */
export function formatKpi(kpi: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (kpi === 'MID_HIGH_END_AVG') return value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
  if (kpi === 'VALID_COMPLAINT_RATE') return `${(value * 1000).toFixed(2)}‰`;
  return `${(value * 100).toFixed(1)}%`;
}

export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
