import { registerMessages } from '@retention/ui';

registerMessages('provinceHome', {
  'zh-CN': {
    pending: '待审批活动', running: '执行中活动', submitted: '待评审报告', month: '最新经分月份',
    todo: '待办事项', toApprove: '待审批', toReview: '待评审', review: '去处理', reportsWaiting: '{{count}} 份分公司评估报告已提交，等待省公司评审',
    noMonth: '尚未导入经分数据：请先在「数据导入」中导入客户资料和月度账单并刷新细分',
    nothing: '暂时没有待办：新的审批申请和分公司评估报告会出现在这里', dashboard: '客户洞察',
  },
  en: {
    pending: 'Campaigns to approve', running: 'Campaigns running', submitted: 'Reports to review', month: 'Latest billing month',
    todo: 'To do', toApprove: 'Approve', toReview: 'Review', review: 'Open', reportsWaiting_one: '{{count}} branch evaluation report submitted, waiting for the province’s review', reportsWaiting_other: '{{count}} branch evaluation reports submitted, waiting for the province’s review',
    noMonth: 'No billing data yet: import subscribers and monthly usage under “Data import” and refresh the segments',
    nothing: 'Nothing to do for now: new approval requests and branch evaluation reports appear here', dashboard: 'Customers',
  },
});
