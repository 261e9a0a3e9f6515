import { registerMessages } from '@retention/ui';

registerMessages('branch', {
  'zh-CN': {
    title: '分公司工作台',
    overview: '本分公司概况',
    subscribers: '客户数',
    campaigns: '参与活动',
    campaignList: '营销活动（省公司发布及本地活动）',
    reports: '评估报告',
    col: { name: '活动名称', kind: '类型', level: '级别', status: '状态', campaign: '活动', updated: '更新时间' },
  },
  en: {
    title: 'Branch workspace',
    overview: 'Our branch',
    subscribers: 'Customers',
    campaigns: 'Campaigns',
    campaignList: 'Campaigns (province-published and local)',
    reports: 'Evaluation reports',
    col: { name: 'Campaign', kind: 'Kind', level: 'Level', status: 'Status', campaign: 'Campaign', updated: 'Updated' },
  },
});
