import { registerMessages } from '@retention/ui';

// The treatment matrix editor and the number-reveal log (policy area of the province app; the log also in the admin page).
registerMessages('policy', {
  'zh-CN': {
    tabs: { matrix: '保有处置矩阵', reveals: '号码查看日志' },
    matrix: {
      title: '保有处置矩阵（按保有分类）', help: '策划创建活动时，按目标客户的保有分类建议活动类型、渠道和优惠；电话经理的客户卡片按此推荐维系措施。每次保存生成新版本，旧版本保留可查。',
      version: '第{{version}}版', latest: '当前版本', savedBy: '{{user}} 保存于 {{at}}', viewing: '查看版本', history: '版本历史', view: '查看', viewLatest: '回到当前版本',
      diff: '与上一版相比', noDiff: '与上一版相同', added: '新增', removed: '删除', firstVersion: '第1版（种子000的矩阵）',
      edit: '编辑矩阵', save: '保存为新版本', cancel: '取消', saved: '已保存为第{{version}}版', conflict: '矩阵已被他人修改并保存（当前第{{current}}版）。您的修改未保存。',
      reload: '载入最新版本', readOnly: '仅省公司审批人可编辑矩阵', oldReadOnly: '正在查看历史版本（只读）',
      itemHelp: '可从词表中选择，也可直接输入新项目后回车', itemInvalid: '{{cls}}·{{column}}：每项须为 1–60 个字', noItems: '—',
      col: { retentionClass: '保有分类', kinds: '建议活动类型', channels: '渠道', offerKinds: '优惠类型', products: '产品', promotions: '促销', newServices: '新业务', service: '服务' },
      at: '保存时间', by: '保存人',
    },
    reveals: {
      title: '完整号码查看审计日志', help: '电话经理每次在客户卡片上查看完整号码都会记录：谁、何时、哪位客户、哪个任务和活动。仅系统管理员和省公司策划可查看。',
      branch: '分公司', user: '查看人', subscriber: '客户编号', from: '开始日期', to: '结束日期', campaign: '活动', task: '任务', at: '查看时间',
      allBranches: '全部分公司', allUsers: '全部人员', search: '查询', reset: '重置', total: '共 {{n}} 条', empty: '没有符合条件的查看记录',
      prev: '上一页', next: '下一页', page: '第 {{n}} 页', export: '导出Excel', file: '号码查看日志', sheet: '查看记录',
    },
  },
  en: {
    tabs: { matrix: 'Treatment matrix', reveals: 'Number reveal log' },
    matrix: {
      title: 'Treatment matrix (by retention class)', help: 'Campaign authoring suggests kinds, channels and offers for the target customers’ retention class from it, and the phone manager’s customer card recommends its treatment. Every save is a new version; old versions stay readable.',
      version: 'Version {{version}}', latest: 'Current version', savedBy: 'saved by {{user}} at {{at}}', viewing: 'Viewing version', history: 'Version history', view: 'View', viewLatest: 'Back to the current version',
      diff: 'Compared with the version before', noDiff: 'Same as the version before', added: 'Added', removed: 'Removed', firstVersion: 'Version 1 (seed 000’s matrix)',
      edit: 'Edit the matrix', save: 'Save as a new version', cancel: 'Cancel', saved: 'Saved as version {{version}}', conflict: 'Someone else saved the matrix meanwhile (now version {{current}}). Your changes were not saved.',
      reload: 'Load the latest version', readOnly: 'Only province approvers edit the matrix', oldReadOnly: 'Viewing an older version (read-only)',
      itemHelp: 'Pick from the vocabulary or type a new item and press Enter', itemInvalid: '{{cls}} · {{column}}: each item takes 1–60 characters', noItems: '—',
      col: { retentionClass: 'Retention class', kinds: 'Suggested kinds', channels: 'Channels', offerKinds: 'Offer kinds', products: 'Products', promotions: 'Promotions', newServices: 'New services', service: 'Service' },
      at: 'Saved at', by: 'Saved by',
    },
    reveals: {
      title: 'Audit log of full-number reveals', help: 'Every time a phone manager shows a customer’s full number on the customer card it is logged: who, when, which customer, task and campaign. Only admins and province planners see this log.',
      branch: 'Branch', user: 'Revealed by', subscriber: 'Customer id', from: 'From', to: 'To', campaign: 'Campaign', task: 'Task', at: 'Revealed at',
      allBranches: 'All branches', allUsers: 'Everyone', search: 'Search', reset: 'Reset', total: '{{n}} entries', empty: 'No reveals match',
      prev: 'Previous', next: 'Next', page: 'Page {{n}}', export: 'Export to Excel', file: 'number-reveal-log', sheet: 'Reveals',
    },
  },
});
