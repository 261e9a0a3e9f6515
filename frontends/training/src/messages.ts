import { registerMessages } from '@retention/ui';

registerMessages('training', {
  'zh-CN': {
    title: '培训管理',
    quarter: '季度',
    tabs: { calendar: '季度日历', courses: '课程', attendance: '报名、出勤与成绩', coverage: '覆盖率', staff: '人员' },
    col: {
      code: '编号', title: '课程', category: '类别', audience: '培训对象', hours: '学时', passMark: '合格分', modules: '模块', date: '日期', time: '时间', branch: '分公司',
      level: '组织', trainer: '讲师', place: '地点', enrolled: '报名', attended: '出席', absent: '缺席', status: '状态', score: '成绩', passed: '合格', name: '姓名', employeeNo: '工号', role: '岗位',
      staff: '在岗人数', trained: '参训人数', coverage: '覆盖率', averageScore: '平均成绩', passRate: '合格率',
      rateHeld: '出勤率（已举办场次）', ratePlanned: '出勤率（本季度全部计划场次）', sessionsHeld: '已举办场次', sessionsPlanned: '计划场次',
      login: '登录账号', active: '状态',
    },
    contactKind: { PHONE: '电话经理', ACCOUNT: '客户经理' },
    staff: { active: '在岗', inactive: '已停用', hasLogin: '有账号', noLogin: '无账号' },
    history: {
      title: '学员培训档案', sessions: '报名场次', attended: '出席 / 已举办', rateHeld: '出勤率（已举办场次）', rateAll: '出勤率（全部报名场次，含待举办）',
      passed: '合格 / 已评分', hours: '学时', none: '暂无培训记录',
    },
    talkTrack: {
      title: '活动必说话术培训（种子 004）', none: '未关联营销活动', choose: '选择已发布的营销活动', link: '关联活动', unlink: '取消关联', linked: '已关联活动',
      trained: '一线人员已培训 {{trained}} / {{staff}} 人',
    },
    saveButton: '保存',
    cancelSession: '取消场次', cancelConfirm: '确定取消该场次？已报名人员将不再计入覆盖率。',
    enrollSearch: '按姓名或工号查找人员逐个报名', noCandidates: '没有可报名的人员（须在岗、属于培训对象岗位且尚未报名）', enrollPicked: '报名所选人员', withdraw: '撤销报名',
    trend: '近四个季度覆盖率走势', trendBranch: '走势分公司', province: '全省',
    level: { PROVINCE: '省公司', BRANCH: '分公司' },
    category: { TOPICAL: '策划专题', FRONT_LINE: '一线基础', TALK_TRACK: '必说话术', SERVICE: '营业厅服务', VISIT: '客户拜访' },
    role: { BRANCH_PLANNER: '策划', PHONE_MANAGER: '电话/客户经理', FRONT_DESK: '营业厅前台', PROVINCE_PLANNER: '省公司策划', PROVINCE_ANALYST: '省公司经分', TRAINER: '培训师', ADMIN: '管理员' },
    status: { REGISTERED: '已报名', ATTENDED: '出席', ABSENT: '缺席' },
    held: '已举办', upcoming: '待举办', cancelled: '已取消',
    edit: '编辑', editSession: '编辑场次', editCourse: '编辑课程', versionConflict: '保存前已有他人修改了这条记录，未保存您的修改：列表已刷新为最新内容，请关闭后重新打开编辑。',
    newSession: '安排场次', newCourse: '新建课程', create: '创建', save: '保存出勤与成绩', saved: '已保存',
    chooseSession: '选择场次', enrollRole: '按岗位报名', import: '导入签到表', importOk: '签到表已导入：出席 {{attended}}，缺席 {{absent}}', importErrors: '签到表有错误，未导入',
    line: '行号', column: '列', problem: '问题',
    allRoles: '全部培训对象（合计）', export: '导出 Excel', chart: '各分公司覆盖率',
    plannerMissing: '本季度未安排策划专题培训的分公司：', plannerOk: '各分公司本季度均已安排策划专题培训',
    campaign: '关联活动（必说话术）', materials: '资料',
    form: { course: '课程', level: '组织', branch: '分公司', trainer: '讲师', place: '地点', startDate: '开始日期', endDate: '结束日期', startTime: '开始时间', endTime: '结束时间', capacity: '名额', code: '编号', title: '名称', description: '简介', category: '类别', audience: '培训对象', hours: '学时', passMark: '合格分' },
  },
  en: {
    title: 'Training',
    quarter: 'Quarter',
    tabs: { calendar: 'Quarterly calendar', courses: 'Courses', attendance: 'Enrollment, attendance & scores', coverage: 'Coverage', staff: 'Staff' },
    col: {
      code: 'Code', title: 'Course', category: 'Category', audience: 'Audience', hours: 'Hours', passMark: 'Pass mark', modules: 'Modules', date: 'Date', time: 'Time', branch: 'Branch',
      level: 'Run by', trainer: 'Trainer', place: 'Place', enrolled: 'Enrolled', attended: 'Attended', absent: 'Absent', status: 'Status', score: 'Score', passed: 'Passed', name: 'Name', employeeNo: 'Staff no.', role: 'Role',
      staff: 'Active staff', trained: 'Trained', coverage: 'Coverage', averageScore: 'Average score', passRate: 'Pass rate',
      rateHeld: 'Attendance (sessions held so far)', ratePlanned: 'Attendance (all sessions planned this quarter)', sessionsHeld: 'Sessions held', sessionsPlanned: 'Sessions planned',
      login: 'Login', active: 'Status',
    },
    contactKind: { PHONE: 'Phone manager', ACCOUNT: 'Account manager' },
    staff: { active: 'Active', inactive: 'Deactivated', hasLogin: 'Has a login', noLogin: 'No login' },
    history: {
      title: 'Training record', sessions: 'Sessions enrolled', attended: 'Attended / held', rateHeld: 'Attendance (sessions held so far)', rateAll: 'Attendance (all sessions enrolled, upcoming included)',
      passed: 'Passed / scored', hours: 'hours', none: 'No training yet',
    },
    talkTrack: {
      title: 'Campaign talk-track training (seed 004)', none: 'Not linked to a campaign', choose: 'Choose a published campaign', link: 'Link the campaign', unlink: 'Unlink', linked: 'Linked',
      trained: 'Front-line staff trained: {{trained}} of {{staff}}',
    },
    saveButton: 'Save',
    cancelSession: 'Cancel session', cancelConfirm: 'Cancel this session? Its enrollments no longer count for coverage.',
    enrollSearch: 'Find staff by name or number to enroll one by one', noCandidates: 'Nobody to enroll (active, of an audience role, not yet enrolled)', enrollPicked: 'Enroll the people chosen', withdraw: 'Withdraw',
    trend: 'Coverage over the last four quarters', trendBranch: 'Branch of the trend', province: 'Province',
    level: { PROVINCE: 'Province', BRANCH: 'Branch' },
    category: { TOPICAL: 'Planner topic', FRONT_LINE: 'Front-line basics', TALK_TRACK: 'Talk track', SERVICE: 'Shop service', VISIT: 'Customer visits' },
    role: { BRANCH_PLANNER: 'Planners', PHONE_MANAGER: 'Phone/account managers', FRONT_DESK: 'Front desk', PROVINCE_PLANNER: 'Province planners', PROVINCE_ANALYST: 'Province analysts', TRAINER: 'Trainers', ADMIN: 'Admins' },
    status: { REGISTERED: 'Registered', ATTENDED: 'Attended', ABSENT: 'Absent' },
    held: 'Held', upcoming: 'Upcoming', cancelled: 'Cancelled',
    edit: 'Edit', editSession: 'Edit session', editCourse: 'Edit course', versionConflict: 'Someone else changed this record before you saved, so your changes were not saved: the list now shows the latest version; close and edit again.',
    newSession: 'Schedule a session', newCourse: 'New course', create: 'Create', save: 'Save attendance and scores', saved: 'Saved',
    chooseSession: 'Choose a session', enrollRole: 'Enroll a role', import: 'Import sign-in sheet', importOk: 'Sign-in sheet imported: {{attended}} attended, {{absent}} absent', importErrors: 'The sheet has errors: nothing recorded',
    line: 'Line', column: 'Column', problem: 'Problem',
    allRoles: 'All audience roles (pooled)', export: 'Export to Excel', chart: 'Coverage by branch',
    plannerMissing: 'Branches without a planner topic session this quarter: ', plannerOk: 'Every branch has its planner topic session this quarter',
    campaign: 'Campaign (talk track)', materials: 'Materials',
    form: { course: 'Course', level: 'Run by', branch: 'Branch', trainer: 'Trainer', place: 'Place', startDate: 'Start date', endDate: 'End date', startTime: 'Start time', endTime: 'End time', capacity: 'Capacity', code: 'Code', title: 'Title', description: 'Description', category: 'Category', audience: 'Audience', hours: 'Hours', passMark: 'Pass mark' },
  },
});

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/** The quarter of a day, 'YYYY-Qn'. */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** The quarter and the three before it, newest first. */
export function recentQuarters(current: string, n = 6): string[] {
  let [y, q] = [Number(current.slice(0, 4)), Number(current.slice(6))];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) [y, q] = [y - 1, 4];
  }
  return out;
}
