import { registerMessages } from '@retention/ui';

// Shared by the province app (whole province) and the branch app (own branch only).
registerMessages('segments', {
  'zh-CN': {
    cohorts: {
      create: '新建拍照', name: '名称', nameRequired: '请输入名称', baseMonth: '拍照月份', monthRequired: '请选择拍照月份', freeze: '拍照',
      curves: '保有率曲线（{{scope}}）', all: '全部', with: '有{{split}}', without: '无{{split}}', value: '价值保有率', byBranch: '{{month}} 各分公司保有情况',
      members: '拍照客户数', retention: '保有率', churn: '离网率',
      splits: { VNET: 'V网', ANY_MEASURE: '稳定措施', GOTONE: '全球通', GROUP: '集团', FAMILY: '合家欢', DEPOSIT_GIFT: '存费送费', TERMINAL: '终端合约' },
    },
    segments: { month: '月份', segment: '细分', trend: '{{segment}}：前5分公司月度趋势', counts: '{{month}} 各分公司细分客户数' },
    segmentKeys: { MID_HIGH_END: '中高端', DYNAMIC_MID_HIGH_END: '动态中高端', NEAR_MID_HIGH_END: '准中高端', CLASS_CHURN_RISK: '有流失倾向', CLASS_IMPORTANT: '重要客户', CLASS_ORDINARY: '普通中高端', CLASS_IRREGULAR: '不规则需求', TENURE_LT_6M: '网龄<6月', TENURE_6_12M: '网龄6-12月', TENURE_1_3Y: '网龄1-3年', TENURE_3_5Y: '网龄3-5年', TENURE_GE_5Y: '网龄≥5年', MEASURES_GE_1: '≥1项措施', MEASURES_GE_2: '≥2项措施', MEASURES_GE_3: '≥3项措施' },
    rules: {
      title: '自定义细分（规则）', examples: '示例：', own: '自己编写', all: '满足全部条件', any: '满足任一条件', not: '非', add: '添加条件',
      each: '近', months: '个月每月都满足', valueHint: '值（多个值用逗号分隔）', yes: '是', no: '否', preview: '{{month}} 符合条件的客户', members: '客户数',
      name: '细分名称', save: '保存细分', saved: '已保存：{{name}}', help: '规则在服务端校验并编译为参数化SQL；数值按当月统计。', ops: { eq: '等于', ne: '不等于', gt: '大于', gte: '大于等于', lt: '小于', lte: '小于等于', between: '介于', in: '属于', notIn: '不属于', startsWith: '开头是', is: '是', has: '包含', hasAny: '包含任一', hasNone: '不含' },
    },
    dashboard: {
      noData: '尚未导入经分数据：请先导入并刷新细分',
      midHighEnd: '中高端客户',
      ytdAverage: '月均中高端（年累计）',
      near: '准中高端',
      dynamic: '动态中高端',
      measures1: '≥1项稳定措施',
      measures2: '≥2项稳定措施',
      measures3: '≥3项稳定措施',
      byBranch: '各分公司中高端客户',
      classMix: '保有分类结构',
      trend: '中高端客户月度趋势（{{scope}}）',
      table: '分公司明细',
    },
    classes: { CLASS_IMPORTANT: '重要客户', CLASS_ORDINARY: '普通中高端', CLASS_IRREGULAR: '不规则需求', CLASS_CHURN_RISK: '有流失倾向' },
    scope: { province: '全省', branch: '本分公司' },
    col: { code: '代码', branch: '分公司' },
  },
  en: {
    cohorts: {
      create: 'New photo cohort', name: 'Name', nameRequired: 'Please enter a name', baseMonth: 'Base month', monthRequired: 'Please choose the base month', freeze: 'Freeze',
      curves: 'Retention ({{scope}})', all: 'All', with: 'With {{split}}', without: 'Without {{split}}', value: 'Value retention', byBranch: 'Retention by branch, {{month}}',
      members: 'Members', retention: 'Retention', churn: 'Churn',
      splits: { VNET: 'V-net', ANY_MEASURE: 'any measure', GOTONE: 'GoTone', GROUP: 'group', FAMILY: 'family plan', DEPOSIT_GIFT: 'deposit gift', TERMINAL: 'handset contract' },
    },
    segments: { month: 'Month', segment: 'Segment', trend: '{{segment}}: top 5 branches by month', counts: 'Segment counts by branch, {{month}}' },
    segmentKeys: { MID_HIGH_END: 'Mid-high-end', DYNAMIC_MID_HIGH_END: 'Dynamic MHE', NEAR_MID_HIGH_END: 'Near MHE', CLASS_CHURN_RISK: 'Churn risk', CLASS_IMPORTANT: 'Important', CLASS_ORDINARY: 'Ordinary', CLASS_IRREGULAR: 'Irregular', TENURE_LT_6M: 'Tenure <6m', TENURE_6_12M: 'Tenure 6–12m', TENURE_1_3Y: 'Tenure 1–3y', TENURE_3_5Y: 'Tenure 3–5y', TENURE_GE_5Y: 'Tenure ≥5y', MEASURES_GE_1: '≥1 measure', MEASURES_GE_2: '≥2 measures', MEASURES_GE_3: '≥3 measures' },
    rules: {
      title: 'Custom segment (rules)', examples: 'Examples:', own: 'Write my own', all: 'All conditions', any: 'Any condition', not: 'NOT', add: 'Add condition',
      each: 'in each of the last', months: 'months', valueHint: 'value (comma-separate several)', yes: 'yes', no: 'no', preview: 'Customers matching in {{month}}', members: 'Customers',
      name: 'Segment name', save: 'Save segment', saved: 'Saved: {{name}}', help: 'Rules are validated on the server and compiled to parameterised SQL; figures are for the month.', ops: { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤', between: 'between', in: 'in', notIn: 'not in', startsWith: 'starts with', is: 'is', has: 'has', hasAny: 'has any', hasNone: 'has none' },
    },
    dashboard: {
      noData: 'No billing data yet: import extracts and refresh the segments first',
      midHighEnd: 'Mid-high-end customers',
      ytdAverage: 'Monthly average (YTD)',
      near: 'Near mid-high-end',
      dynamic: 'Dynamic mid-high-end',
      measures1: '≥1 measure',
      measures2: '≥2 measures',
      measures3: '≥3 measures',
      byBranch: 'Mid-high-end customers by branch',
      classMix: 'Retention classes',
      trend: 'Mid-high-end by month ({{scope}})',
      table: 'By branch',
    },
    classes: { CLASS_IMPORTANT: 'Important', CLASS_ORDINARY: 'Ordinary', CLASS_IRREGULAR: 'Irregular', CLASS_CHURN_RISK: 'Churn risk' },
    scope: { province: 'province', branch: 'my branch' },
    col: { code: 'Code', branch: 'Branch' },
  },
});
