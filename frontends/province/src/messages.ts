import { registerMessages } from '@retention/ui';

registerMessages('province', {
  'zh-CN': {
    title: '省公司工作台',
    nav: { policy: '政策与活动', evaluation: '后评估' },
    branches: '各分公司概况',
    campaigns: '营销活动',
    reports: '分公司评估报告',
    col: {
      code: '代码', branch: '分公司', subscribers: '客户数', campaigns: '活动数', name: '活动名称', kind: '类型', level: '级别',
      status: '状态', owner: '所属分公司', created: '创建时间', campaign: '活动', updated: '更新时间', shared: '经验共享',
    },
  },
  en: {
    title: 'Province workspace',
    nav: { policy: 'Policy & campaigns', evaluation: 'Post-evaluation' },
    branches: 'Branches at a glance',
    campaigns: 'Campaigns',
    reports: 'Branch evaluation reports',
    col: {
      code: 'Code', branch: 'Branch', subscribers: 'Customers', campaigns: 'Campaigns', name: 'Campaign', kind: 'Kind', level: 'Level',
      status: 'Status', owner: 'Owner branch', created: 'Created', campaign: 'Campaign', updated: 'Updated', shared: 'Shared practice',
    },
  },
});
