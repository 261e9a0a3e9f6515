import { registerMessages } from '@retention/ui';

registerMessages('scorecard', {
  'zh-CN': {
    title: '本分公司 KPI 考核',
    month: '月份',
    rank: '全省排名',
    of: '第 {{rank}} 名 / 共 {{n}} 个分公司',
    total: '总分',
    movement: '较上月',
    up: '上升 {{n}} 位', down: '下降 {{n}} 位', same: '持平', new: '新上榜',
    kpi: '指标', actual: '实际值', target: '目标值', weight: '权重', attainment: '完成率', score: '得分', figures: '原始数据', noData: '无数据',
    league: '全省排名（前三名与本分公司）', branch: '分公司',
    export: '导出 Excel',
    training: '本季度培训计划与覆盖率',
    sessions: '培训场次', course: '课程', date: '日期', place: '地点', level: '组织', province: '省公司', own: '本分公司', held: '已举办', planned: '待举办',
    coverage: '培训覆盖率', role: '岗位', staff: '在岗人数', trained: '参训人数', averageScore: '平均成绩',
    rateHeld: '出勤率（已举办场次）', ratePlanned: '出勤率（本季度全部计划场次）',
    plannerOk: '本季度已安排策划专题培训', plannerMissing: '本季度尚未安排策划专题培训（每季度一次）',
    roles: { BRANCH_PLANNER: '策划', PHONE_MANAGER: '电话/客户经理', FRONT_DESK: '营业厅前台' },
    figure: {
      MID_HIGH_END: '中高端客户数', COHORT_MEMBERS: '拍照客户数', RETAINED: '仍在网', DYNAMIC_MID_HIGH_END: '动态中高端', DYNAMIC_MEASURES_GE_2: '≥2项措施',
      CONTACTED: '接触客户数', VALID_COMPLAINTS: '有理投诉', ACCEPTED: '接受优惠客户数', STAFF: '在岗人数', TRAINED: '参训人数',
    },
    name: { MID_HIGH_END_AVG: '月均中高端客户数', COHORT_RETENTION: '拍照客户保有率', CROSS_STAB_2: '交叉稳定率(≥2)', VALID_COMPLAINT_RATE: '有理投诉率', CAMPAIGN_UPTAKE: '营销成功率', TRAINING_COVERAGE: '培训覆盖率' },
  },
  en: {
    title: 'Our KPI scorecard',
    month: 'Month',
    rank: 'Province rank',
    of: 'No. {{rank}} of {{n}} branches',
    total: 'Total',
    movement: 'vs last month',
    up: 'Up {{n}}', down: 'Down {{n}}', same: 'No change', new: 'New',
    kpi: 'KPI', actual: 'Actual', target: 'Target', weight: 'Weight', attainment: 'Attainment', score: 'Score', figures: 'Raw figures', noData: 'No data',
    league: 'League (top three and us)', branch: 'Branch',
    export: 'Export to Excel',
    training: 'This quarter’s training plan and coverage',
    sessions: 'Sessions', course: 'Course', date: 'Date', place: 'Place', level: 'Run by', province: 'Province', own: 'Our branch', held: 'Held', planned: 'Planned',
    coverage: 'Training coverage', role: 'Role', staff: 'Active staff', trained: 'Trained', averageScore: 'Average score',
    rateHeld: 'Attendance (sessions held so far)', ratePlanned: 'Attendance (all sessions planned this quarter)',
    plannerOk: 'A planner topic session is scheduled this quarter', plannerMissing: 'No planner topic session this quarter yet (one per quarter)',
    roles: { BRANCH_PLANNER: 'Planners', PHONE_MANAGER: 'Phone/account managers', FRONT_DESK: 'Front desk' },
    figure: {
      MID_HIGH_END: 'Mid-high-end customers', COHORT_MEMBERS: 'Cohort members', RETAINED: 'Still on network', DYNAMIC_MID_HIGH_END: 'Dynamic mid-high-end', DYNAMIC_MEASURES_GE_2: '≥ 2 measures',
      CONTACTED: 'Customers contacted', VALID_COMPLAINTS: 'Valid complaints', ACCEPTED: 'Customers accepting', STAFF: 'Active staff', TRAINED: 'Trained',
    },
    name: { MID_HIGH_END_AVG: 'Monthly avg mid-high-end', COHORT_RETENTION: 'Photo-cohort retention', CROSS_STAB_2: 'Cross-stabilization ≥ 2', VALID_COMPLAINT_RATE: 'Valid complaint rate', CAMPAIGN_UPTAKE: 'Campaign uptake', TRAINING_COVERAGE: 'Training coverage' },
  },
});

export function formatKpi(kpi: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (kpi === 'MID_HIGH_END_AVG') return value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
  if (kpi === 'VALID_COMPLAINT_RATE') return `${(value * 1000).toFixed(2)}‰`;
  return `${(value * 100).toFixed(1)}%`;
}

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export function quarterOfMonth(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
