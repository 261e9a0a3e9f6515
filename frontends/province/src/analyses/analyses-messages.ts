import { registerMessages } from '@retention/ui';

// The seed-style analyses page (namespace "analyses"), zh-CN first.
registerMessages('analyses', {
  'zh-CN': {
    title: '专题分析', baseMonth: '基准月', month: '评估月', latest: '最新已导入月份', defaultBase: '评估月前3个月', branch: '分公司', allBranches: '全部分公司',
    population: { label: '分析对象', ON_NETWORK: '全部在网客户', MID_HIGH_END: '中高端客户', DYNAMIC_MID_HIGH_END: '动态中高端客户' },
    window: '拍照：{{base}} 的{{population}}（{{members}} 人），流失 = {{month}} 不在网；整体流失率 {{rate}}',
    export: '导出Excel（全部表格）', print: '打印',
    measure: { title: '稳定措施与流失', with: '有该措施', without: '无该措施', difference: '流失率差（无 − 有）', note: '稳定措施越多，流失越低（种子文档000：交叉稳定）' },
    count: { title: '措施数量与流失', measures: '措施数量', note: '无措施客户流失最高' },
    participation: {
      title: '活动参与与流失', note: '参与情况统计 {{from}} 至 {{to}} 生成的名单；为观察性对比（客户自选），因果效果以对照组为准',
      NONE: '未进入名单', CONTROL: '对照组', TREATED_NOT_CONTACTED: '营销组未接触', CONTACTED: '已接触未办理', ACCEPTED: '已办理',
    },
    uptake: { title: '网龄与办理率（按活动类型）', note: '网龄按名单生成月计算；“网龄低的客户响应较低”（种子文档000）', kind: '活动类型', band: '网龄', campaigns: '活动数', unknown: '未记录' },
    col: { group: '分组', members: '客户数', churned: '流失', churnRate: '流失率', contacted: '已接触', accepted: '办理', uptake: '办理率' },
    empty: '尚无数据：请先导入并刷新账单月份',
  },
  en: {
    title: 'Analyses', baseMonth: 'Base month', month: 'Month', latest: 'Latest loaded month', defaultBase: '3 months before', branch: 'Branch', allBranches: 'All branches',
    population: { label: 'Population', ON_NETWORK: 'All on network', MID_HIGH_END: 'Mid-high-end', DYNAMIC_MID_HIGH_END: 'Dynamic mid-high-end' },
    window: 'Photo: {{population}} of {{base}} ({{members}} customers), churned = not on network at {{month}}; churn {{rate}} overall',
    export: 'Export to Excel (every table)', print: 'Print',
    measure: { title: 'Stabilizing measures and churn', with: 'With the measure', without: 'Without', difference: 'Churn difference (without − with)', note: 'More measures, less churn (seed 000: cross-stabilization)' },
    count: { title: 'Number of measures and churn', measures: 'Measures', note: 'Customers with no measure churn most' },
    participation: {
      title: 'Campaign participation and churn', note: 'Participation counts lists built from {{from}} to {{to}}; an observational comparison (customers select themselves) — the control group gives the causal effect',
      NONE: 'On no list', CONTROL: 'Control', TREATED_NOT_CONTACTED: 'Treated, not contacted', CONTACTED: 'Contacted, not accepted', ACCEPTED: 'Accepted',
    },
    uptake: { title: 'Uptake by tenure band per campaign kind', note: 'Tenure at the list’s month; "low-tenure customers respond less" (seed 000)', kind: 'Campaign kind', band: 'Tenure', campaigns: 'Campaigns', unknown: 'Not recorded' },
    col: { group: 'Group', members: 'Customers', churned: 'Churned', churnRate: 'Churn rate', contacted: 'Contacted', accepted: 'Accepted', uptake: 'Uptake' },
    empty: 'No data yet: load and refresh a billing month first',
  },
});
