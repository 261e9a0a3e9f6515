import { LABELS, type Label } from '@retention/domain';
import { registerMessages } from '@retention/ui';

/** Segment keys and classes are named once, in @retention/domain's LABELS. */
const named = (values: Record<string, Label>, language: keyof Label, prefix = '') =>
  Object.fromEntries(Object.entries(values).map(([key, label]) => [`${prefix}${key}`, label[language]]));
const CLASS_LABELS = Object.fromEntries(Object.entries(LABELS.retentionClass).filter(([key]) => key !== 'NONE'));

// Shared by the province app (whole province) and the branch app (own branch only).
registerMessages('segments', {
  'zh-CN': {
    cohorts: {
      fileName: '拍照客户保有',
      membersOf: '{{scope}} {{n}} 人',
      empty: '还没有拍照客户：省公司选择一个细分和拍照月份即可创建，之后每月跟踪保有率',
      create: '新建拍照', name: '名称', nameRequired: '请输入名称', baseMonth: '拍照月份', monthRequired: '请选择拍照月份', freeze: '拍照',
      curves: '保有率曲线（{{scope}}）', all: '全部', with: '有{{split}}', without: '无{{split}}', value: '价值保有率', byBranch: '{{month}} 各分公司保有情况', byBranchOwn: '{{month}} 本分公司保有情况',
      members: '拍照客户数', retention: '保有率', churn: '离网率',
      splits: { VNET: 'V网', ANY_MEASURE: '稳定措施', GOTONE: '全球通', GROUP: '集团', FAMILY: '合家欢', DEPOSIT_GIFT: '存费送费', TERMINAL: '终端合约' },
    },
    segments: { month: '月份', segment: '细分', trend: '{{segment}}：前5分公司月度趋势', trendBranch: '{{segment}}：本分公司月度趋势', counts: '{{month}} 各分公司细分客户数', countsBranch: '{{month}} 本分公司细分客户数', fileName: '细分客户数', noMonth: '还没有刷新过的月份：请省公司在「数据导入」中导入经分数据并刷新细分' },
    segmentKeys: named(LABELS.segmentKey, 'zh-CN'),
    rules: {
      title: '自定义细分（规则）', examples: '示例：', own: '自己编写', all: '满足全部条件', any: '满足任一条件', not: '非', add: '添加条件',
      each: '近', months: '个月每月都满足', valueHint: '值（多个值用逗号分隔）', yes: '是', no: '否', preview: '{{month}} 符合条件的客户', members: '客户数',
      name: '细分名称', save: '保存细分', saved: '已保存：{{name}}', help: '条件按所选月份的客户数据统计；「近k个月每月都满足」按每月账单判断。保存前，服务端会再次校验规则。',
      and: '且', or: '或', eachShort: '（近{{k}}个月每月）', from: '最小值', to: '最大值', number: '数值', text: '文本', listHint: '输入后回车，可输入多个',
      incomplete: '条件填写完整后显示符合条件的客户数',
      invalid: { field: '请选择字段', op: '请选择比较方式', number: '请输入数值', between: '请输入最小值和最大值', betweenOrder: '最小值不能大于最大值', bool: '请选择是或否', list: '请至少选择或输入一个值', text: '请输入内容' }, ops: { eq: '等于', ne: '不等于', gt: '大于', gte: '大于等于', lt: '小于', lte: '小于等于', between: '介于', in: '属于', notIn: '不属于', startsWith: '开头是', is: '是', has: '包含', hasAny: '包含任一', hasNone: '不含' },
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
      bySegmentOwn: '本分公司各类客户数',
      classMix: '保有分类结构',
      trend: '中高端客户月度趋势（{{scope}}）',
      table: '分公司明细',
      tableOwn: '本分公司明细',
      fileName: '中高端客户',
      rank: '中高端客户数在全省排名',
    },
    classes: named(CLASS_LABELS, 'zh-CN', 'CLASS_'),
    scope: { province: '全省', branch: '本分公司', provinceFile: '全省' },
    col: { code: '代码', branch: '分公司' },
  },
  en: {
    cohorts: {
      fileName: 'cohort-retention',
      membersOf: '{{n}} in {{scope}}',
      empty: 'No photo cohorts yet: the province freezes a segment at a base month, and its retention is then followed month by month',
      create: 'New photo cohort', name: 'Name', nameRequired: 'Please enter a name', baseMonth: 'Base month', monthRequired: 'Please choose the base month', freeze: 'Freeze',
      curves: 'Retention ({{scope}})', all: 'All', with: 'With {{split}}', without: 'Without {{split}}', value: 'Value retention', byBranch: 'Retention by branch, {{month}}', byBranchOwn: 'Retention of my branch, {{month}}',
      members: 'Members', retention: 'Retention', churn: 'Churn',
      splits: { VNET: 'V-net', ANY_MEASURE: 'any measure', GOTONE: 'GoTone', GROUP: 'group', FAMILY: 'family plan', DEPOSIT_GIFT: 'deposit gift', TERMINAL: 'handset contract' },
    },
    segments: { month: 'Month', segment: 'Segment', trend: '{{segment}}: top 5 branches by month', trendBranch: '{{segment}}: my branch by month', counts: 'Segment counts by branch, {{month}}', countsBranch: 'Segment counts of my branch, {{month}}', fileName: 'segment-counts', noMonth: 'No month has been refreshed yet: the province imports the billing extracts and refreshes the segments under Data import' },
    segmentKeys: named(LABELS.segmentKey, 'en'),
    rules: {
      title: 'Custom segment (rules)', examples: 'Examples:', own: 'Write my own', all: 'All conditions', any: 'Any condition', not: 'NOT', add: 'Add condition',
      each: 'in each of the last', months: 'months', valueHint: 'value (comma-separate several)', yes: 'yes', no: 'no', preview: 'Customers matching in {{month}}', members: 'Customers',
      name: 'Segment name', save: 'Save segment', saved: 'Saved: {{name}}', help: 'Conditions are counted over the customers of the chosen month; "in each of the last k months" checks every monthly bill. The server checks the rule again before saving.',
      and: 'and', or: 'or', eachShort: '(in each of the last {{k}} months)', from: 'min', to: 'max', number: 'number', text: 'text', listHint: 'type a value and press Enter; several are allowed',
      incomplete: 'Complete every condition to see how many customers match',
      invalid: { field: 'Choose a field', op: 'Choose a comparison', number: 'Enter a number', between: 'Enter the minimum and the maximum', betweenOrder: 'The minimum cannot exceed the maximum', bool: 'Choose yes or no', list: 'Choose or type at least one value', text: 'Enter a value' }, ops: { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤', between: 'between', in: 'in', notIn: 'not in', startsWith: 'starts with', is: 'is', has: 'has', hasAny: 'has any', hasNone: 'has none' },
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
      bySegmentOwn: 'My branch’s customers by segment',
      classMix: 'Retention classes',
      trend: 'Mid-high-end by month ({{scope}})',
      table: 'By branch',
      tableOwn: 'My branch',
      fileName: 'mid-high-end',
      rank: 'Rank in the province by mid-high-end customers',
    },
    classes: named(CLASS_LABELS, 'en', 'CLASS_'),
    scope: { province: 'province', branch: 'my branch', provinceFile: 'province' },
    col: { code: 'Code', branch: 'Branch' },
  },
});
