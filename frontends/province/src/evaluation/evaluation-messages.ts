import { registerMessages } from '@retention/ui';

// The post-evaluation pages' messages (namespace "evaluation"), zh-CN first.
registerMessages('evaluation', {
  'zh-CN': {
    tabs: { reports: '全部报告', queue: '审核队列', results: '活动效果', shared: '经验共享', notices: '通知' },
    pickCampaign: '选择活动', month: '评估月份', latest: '最新已导入月份', pool: '全省合计',
    provisional: '暂定：活动后三个月尚未全部导入', underpowered: '检验效能不足（低于80%）', noControl: '无对照组',
    complaintAlert: '有效投诉率超过4‰', controlContacted: '对照组有 {{n}} 人被接触（应为0）',
    col: {
      branch: '分公司', campaign: '活动', month: '评估月', status: '状态', submittedAt: '提交时间', updated: '更新时间', shared: '经验共享',
      listSize: '名单', controlSize: '对照组', treatedSize: '营销组', contacted: '已接触', reached: '接通', accepted: '办理', uptake: '办理率',
      churnTreated: '营销组流失率', churnControl: '对照组流失率', churnReduction: '流失率降低', ci: '95%置信区间', pValue: 'p值',
      arpuDid: 'ARPU双重差分', validComplaintRate: '有效投诉率', cost: '成本', incrementalRevenue: '增量收入', roi: 'ROI', power: '检验效能',
      stratum: '分层', tenure: '网龄', channel: '渠道', manager: '电话经理', kind: '活动类型', tags: '标签', classes: '保有分类', actions: '操作',
    },
    charts: { uptake: '各分公司办理率', churn: '流失率降低及95%置信区间', complaints: '各分公司有效投诉率' },
    actions: { view: '查看', accept: '通过', return: '退回', share: '设为经验共享', unshare: '取消共享', export: '导出Excel', print: '打印', printPage: '打印页', markRead: '全部标为已读' },
    review: {
      returnTitle: '退回报告', comment: '审核意见', commentRequired: '退回时必须填写审核意见', acceptTitle: '通过报告', acceptComment: '审核意见（可选）',
      shareTitle: '设为经验共享', tags: '标签（逗号分隔）', done: '已保存', empty: '没有待审核的报告',
    },
    report: {
      whatWorked: '做法与经验', problems: '存在问题', customerFeedback: '客户反馈', suggestions: '改进建议', nextActions: '下一步工作',
      figures: '评估结果（提交时冻结）', liveFigures: '评估结果（当前）', history: '处理记录', reviewerComment: '审核意见', province: '省公司',
    },
    historyAction: { CREATE: '创建', UPDATE: '修改', SUBMIT: '提交', RETURN: '退回', ACCEPT: '通过', SHARE: '设为共享', UNSHARE: '取消共享' },
    notice: { SUBMITTED: '{{branch}} 提交了「{{campaign}}」的评估报告', RETURNED: '「{{campaign}}」的评估报告被退回：{{comment}}', ACCEPTED: '「{{campaign}}」的评估报告已通过', SHARED: '「{{campaign}}」的评估报告被设为经验共享' },
    filter: { kind: '活动类型', class: '保有分类', tag: '标签', text: '关键词', search: '搜索' },
    noResults: '尚无评估结果：该活动还没有名单，或尚未导入账单月份',
  },
  en: {
    tabs: { reports: 'All reports', queue: 'Review queue', results: 'Campaign results', shared: 'Shared practice', notices: 'Notifications' },
    pickCampaign: 'Choose a campaign', month: 'Evaluation month', latest: 'Latest loaded month', pool: 'Province-wide',
    provisional: 'Provisional: the three months after the start are not all loaded yet', underpowered: 'Underpowered (power below 80 %)', noControl: 'No control',
    complaintAlert: 'Valid complaint rate above 4‰', controlContacted: '{{n}} control customers were contacted (expected 0)',
    col: {
      branch: 'Branch', campaign: 'Campaign', month: 'Month', status: 'Status', submittedAt: 'Submitted', updated: 'Updated', shared: 'Shared practice',
      listSize: 'List', controlSize: 'Control', treatedSize: 'Treated', contacted: 'Contacted', reached: 'Reached', accepted: 'Accepted', uptake: 'Uptake',
      churnTreated: 'Churn (treated)', churnControl: 'Churn (control)', churnReduction: 'Churn reduction', ci: '95 % CI', pValue: 'p-value',
      arpuDid: 'ARPU DiD', validComplaintRate: 'Valid complaint rate', cost: 'Cost', incrementalRevenue: 'Incremental revenue', roi: 'ROI', power: 'Power',
      stratum: 'Stratum', tenure: 'Tenure', channel: 'Channel', manager: 'Phone manager', kind: 'Kind', tags: 'Tags', classes: 'Retention classes', actions: 'Actions',
    },
    charts: { uptake: 'Uptake by branch', churn: 'Churn reduction with 95 % CI', complaints: 'Valid complaint rate by branch' },
    actions: { view: 'View', accept: 'Accept', return: 'Return', share: 'Share as good practice', unshare: 'Stop sharing', export: 'Export to Excel', print: 'Print', printPage: 'Printable page', markRead: 'Mark all read' },
    review: {
      returnTitle: 'Return the report', comment: 'Comment', commentRequired: 'A returned report needs a comment', acceptTitle: 'Accept the report', acceptComment: 'Comment (optional)',
      shareTitle: 'Share as good practice', tags: 'Tags (comma separated)', done: 'Saved', empty: 'No reports waiting for review',
    },
    report: {
      whatWorked: 'What worked', problems: 'Problems', customerFeedback: 'Customer feedback', suggestions: 'Suggestions', nextActions: 'Next actions',
      figures: 'Results (frozen at submission)', liveFigures: 'Results (current)', history: 'History', reviewerComment: 'Reviewer comment', province: 'Province',
    },
    historyAction: { CREATE: 'Created', UPDATE: 'Edited', SUBMIT: 'Submitted', RETURN: 'Returned', ACCEPT: 'Accepted', SHARE: 'Shared', UNSHARE: 'Unshared' },
    notice: { SUBMITTED: '{{branch}} submitted the report on “{{campaign}}”', RETURNED: 'The report on “{{campaign}}” was returned: {{comment}}', ACCEPTED: 'The report on “{{campaign}}” was accepted', SHARED: 'The report on “{{campaign}}” is now shared practice' },
    filter: { kind: 'Kind', class: 'Retention class', tag: 'Tag', text: 'Words', search: 'Search' },
    noResults: 'No results yet: the campaign has no list, or no billing month is loaded',
  },
});
