import { registerMessages } from '@retention/ui';

registerMessages('province', {
  'zh-CN': {
    title: '省公司工作台',
    nav: { home: '概览', customers: '客户洞察', segments: '客户细分', cohorts: '拍照客户', policy: '政策与活动', evaluation: '后评估', analyses: '专题分析', kpi: 'KPI考核', imports: '数据导入' },
    imports: {
      title: '导入经分数据', kind: { subscribers: '客户资料', usage: '月度账单', offers: '优惠（存费送费/终端）' }, choose: '选择文件', quarantine: '隔离错误行，导入其余正确的行',
      start: '上传并导入', uploading: '上传中', job: '导入任务', status: '状态', rows: '已读取行数', errors: '错误数',
      jobStatus: { QUEUED: '排队中', RUNNING: '进行中', SUCCEEDED: '完成', FAILED: '失败' },
      file: '文件', read: '读取', imported: '导入', rejected: '拒绝', months: '月份', report: '错误报告', line: '行号', column: '列', code: '问题', value: '值',
      refresh: '刷新细分（{{months}}）', refreshStarted: '已开始刷新', codes: { REQUIRED: '必填项为空', NOT_INTEGER: '不是整数', NOT_AMOUNT: '金额格式错误（最多2位小数）', NEGATIVE: '不能为负数', TOO_SMALL: '数值过小', BAD_DATE: '日期格式错误', BAD_MONTH: '月份格式错误', BAD_BOOLEAN: '应为 true/false', BAD_ENUM: '取值不在允许范围内', UNKNOWN_BRANCH: '未知分公司代码', BAD_SERVICE: '未知粘性业务', DUPLICATE_KEY: '重复记录', UNKNOWN_SUBSCRIBER: '客户不在主数据中', MISSING_COLUMN: '缺少列', DUPLICATE_COLUMN: '列重复', EMPTY_FILE: '空文件', NOT_UTF8: '文件不是UTF-8编码', MALFORMED_CSV: 'CSV格式错误' },
    },
    branches: '各分公司概况',
    campaigns: '营销活动',
    reports: '分公司评估报告',
    noReports: '还没有分公司提交评估报告：活动结束后，分公司在后评估中提交报告，这里即可审阅',
    policy: {
      new: '新建活动', approvals: '待审批', noApprovals: '没有待审批的活动：各级策划提交审批后会出现在这里',
      empty: '还没有营销活动：省公司策划创建并发布活动后会列在这里', emptyAuthor: '还没有营销活动：点击「新建活动」起草第一个活动，填写目标细分、优惠档次和营销必说话术后提交审批',
      execution: '执行情况', byBranch: '各执行分公司对比', dnc: '全省免打扰名单',
    },
    col: {
      code: '代码', branch: '分公司', subscribers: '客户数', campaigns: '活动数', name: '活动名称', kind: '类型', level: '级别',
      status: '状态', owner: '所属分公司', created: '创建时间', campaign: '活动', updated: '更新时间', shared: '经验共享',
    },
  },
  en: {
    title: 'Province workspace',
    nav: { home: 'Overview', customers: 'Customers', segments: 'Segments', cohorts: 'Photo cohorts', policy: 'Policy & campaigns', evaluation: 'Post-evaluation', analyses: 'Analyses', kpi: 'KPI scoreboard', imports: 'Data import' },
    imports: {
      title: 'Import billing extracts', kind: { subscribers: 'Subscribers', usage: 'Monthly usage', offers: 'Offers' }, choose: 'Choose file', quarantine: 'Quarantine bad rows and import the good ones',
      start: 'Upload and import', uploading: 'Uploading', job: 'Import job', status: 'Status', rows: 'Rows read', errors: 'Errors',
      jobStatus: { QUEUED: 'Queued', RUNNING: 'Running', SUCCEEDED: 'Done', FAILED: 'Failed' },
      file: 'File', read: 'Read', imported: 'Imported', rejected: 'Rejected', months: 'Months', report: 'Error report', line: 'Line', column: 'Column', code: 'Problem', value: 'Value',
      refresh: 'Refresh segments ({{months}})', refreshStarted: 'Refresh started', codes: { REQUIRED: 'Empty', NOT_INTEGER: 'Not a whole number', NOT_AMOUNT: 'Not an amount (max 2 decimals)', NEGATIVE: 'Negative', TOO_SMALL: 'Too small', BAD_DATE: 'Bad date', BAD_MONTH: 'Bad month', BAD_BOOLEAN: 'Not true/false', BAD_ENUM: 'Not an allowed value', UNKNOWN_BRANCH: 'Unknown branch', BAD_SERVICE: 'Unknown service', DUPLICATE_KEY: 'Duplicate', UNKNOWN_SUBSCRIBER: 'Not in subscriber master data', MISSING_COLUMN: 'Missing column', DUPLICATE_COLUMN: 'Repeated column', EMPTY_FILE: 'Empty file', NOT_UTF8: 'Not UTF-8', MALFORMED_CSV: 'Malformed CSV' },
    },
    branches: 'Branches at a glance',
    campaigns: 'Campaigns',
    reports: 'Branch evaluation reports',
    noReports: 'No branch has submitted an evaluation report yet: once a campaign has ended, branches submit theirs under post-evaluation and they appear here for review',
    policy: {
      new: 'New campaign', approvals: 'Approval queue', noApprovals: 'Nothing waiting for approval: campaigns appear here once planners submit them',
      empty: 'No campaigns yet: they appear here once province planners create and publish them', emptyAuthor: 'No campaigns yet: click “New campaign” to draft one — target segment, offer tiers and the talk track — and submit it for approval',
      execution: 'Execution', byBranch: 'Executing branches side by side', dnc: 'Province do-not-contact list',
    },
    col: {
      code: 'Code', branch: 'Branch', subscribers: 'Customers', campaigns: 'Campaigns', name: 'Campaign', kind: 'Kind', level: 'Level',
      status: 'Status', owner: 'Owner branch', created: 'Created', campaign: 'Campaign', updated: 'Updated', shared: 'Shared practice',
    },
  },
});
