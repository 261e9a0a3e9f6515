import { registerMessages } from '@retention/ui';

// The branch's post-evaluation pages (namespace "branchEvaluation"), zh-CN first.
registerMessages('branchEvaluation', {
  'zh-CN': {
    tabs: { results: '活动效果与评估报告', shared: '经验共享', notices: '通知' },
    pickCampaign: '选择活动', month: '评估月份', latest: '最新已导入月份', branch: '分公司',
    provisional: '暂定：活动后三个月尚未全部导入', underpowered: '检验效能不足（低于80%），结论仅供参考', noControl: '无对照组', complaintAlert: '有效投诉率超过4‰',
    figure: {
      listSize: '名单人数', controlSize: '对照组', contacted: '已接触', reached: '接通', accepted: '办理', uptake: '办理率', churnTreated: '营销组流失率',
      churnControl: '对照组流失率', churnReduction: '流失率降低（95%置信区间）', pValue: 'p值', arpuDid: 'ARPU双重差分（95%置信区间）', validComplaintRate: '有效投诉率',
      cost: '成本', incrementalRevenue: '增量收入', roi: 'ROI', power: '检验效能', stratum: '分层', tenure: '网龄', channel: '渠道', manager: '电话经理',
    },
    report: {
      title: '评估报告', whatWorked: '做法与经验', problems: '存在问题', customerFeedback: '客户反馈', suggestions: '改进建议', nextActions: '下一步工作',
      tags: '标签（逗号分隔）', classes: '涉及的保有分类', save: '保存草稿', submit: '提交省公司', create: '撰写评估报告', saved: '已保存', submitted: '已提交，评估结果已冻结',
      reviewerComment: '省公司审核意见', locked: '报告已通过，不能再修改', waiting: '报告已提交，等待省公司审核',
    },
    filter: { kind: '活动类型', class: '保有分类', tag: '标签', text: '关键词', search: '搜索' },
    notice: { SUBMITTED: '「{{campaign}}」的评估报告已提交', RETURNED: '「{{campaign}}」的评估报告被退回：{{comment}}', ACCEPTED: '「{{campaign}}」的评估报告已通过', SHARED: '「{{campaign}}」的评估报告被设为经验共享' },
    markRead: '全部标为已读', export: '导出Excel', print: '打印', noResults: '尚无评估结果：本分公司还没有该活动的名单，或尚未导入账单月份',
  },
  en: {
    tabs: { results: 'Results & report', shared: 'Shared practice', notices: 'Notifications' },
    pickCampaign: 'Choose a campaign', month: 'Evaluation month', latest: 'Latest loaded month', branch: 'Branch',
    provisional: 'Provisional: the three months after the start are not all loaded yet', underpowered: 'Underpowered (power below 80 %): read with care', noControl: 'No control', complaintAlert: 'Valid complaint rate above 4‰',
    figure: {
      listSize: 'List size', controlSize: 'Control', contacted: 'Contacted', reached: 'Reached', accepted: 'Accepted', uptake: 'Uptake', churnTreated: 'Churn (treated)',
      churnControl: 'Churn (control)', churnReduction: 'Churn reduction (95 % CI)', pValue: 'p-value', arpuDid: 'ARPU DiD (95 % CI)', validComplaintRate: 'Valid complaint rate',
      cost: 'Cost', incrementalRevenue: 'Incremental revenue', roi: 'ROI', power: 'Power', stratum: 'Stratum', tenure: 'Tenure', channel: 'Channel', manager: 'Phone manager',
    },
    report: {
      title: 'Evaluation report', whatWorked: 'What worked', problems: 'Problems', customerFeedback: 'Customer feedback', suggestions: 'Suggestions', nextActions: 'Next actions',
      tags: 'Tags (comma separated)', classes: 'Retention classes concerned', save: 'Save draft', submit: 'Submit to the province', create: 'Write the report', saved: 'Saved', submitted: 'Submitted: the results are frozen',
      reviewerComment: 'Province’s comment', locked: 'The report is accepted and can no longer be edited', waiting: 'Submitted: waiting for the province’s review',
    },
    filter: { kind: 'Kind', class: 'Retention class', tag: 'Tag', text: 'Words', search: 'Search' },
    notice: { SUBMITTED: 'The report on “{{campaign}}” was submitted', RETURNED: 'The report on “{{campaign}}” was returned: {{comment}}', ACCEPTED: 'The report on “{{campaign}}” was accepted', SHARED: 'The report on “{{campaign}}” is now shared practice' },
    markRead: 'Mark all read', export: 'Export to Excel', print: 'Print', noResults: 'No results yet: your branch has no list for this campaign, or no billing month is loaded',
  },
});
