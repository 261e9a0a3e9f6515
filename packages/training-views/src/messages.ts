import { registerMessages } from '@retention/ui';

// The staff roster, shared by the training app (every branch) and the branch app (its own branch).
registerMessages('staffRoster', {
  'zh-CN': {
    employeeNo: '工号', name: '姓名', branch: '分公司', role: '岗位', contactKind: '联系类型', login: '登录账号', status: '状态', province: '省公司',
    roles: { BRANCH_PLANNER: '策划', PHONE_MANAGER: '电话/客户经理', FRONT_DESK: '营业厅前台', PROVINCE_PLANNER: '省公司策划', PROVINCE_ANALYST: '省公司经分', TRAINER: '培训师', ADMIN: '管理员' },
    kinds: { PHONE: '电话经理', ACCOUNT: '客户经理' },
    add: '新增人员', edit: '编辑', deactivate: '停用', activate: '启用', save: '保存', saved: '已保存',
    import: '导入人员名单', importOk: '人员名单已导入：新增 {{created}}，更新 {{updated}}', importErrors: '人员名单有错误，未导入任何人员',
    importHelp: '导入 CSV（UTF-8）或 .xlsx：列为 工号、姓名、岗位、分公司、联系类型（电话/客户）、在岗（是/否），按工号新增或更新；有错误的文件不导入任何行。',
    importHelpOwnBranch: '导入 CSV（UTF-8）或 .xlsx：列为 工号、姓名、岗位、联系类型（电话/客户）、在岗（是/否），分公司须为本分公司或留空；按工号新增或更新，有错误的文件不导入任何行。',
    line: '行号', column: '列', value: '内容', problem: '问题',
    allBranches: '全部分公司', allRoles: '全部岗位', allKinds: '全部联系类型', activeOnly: '在岗', inactiveOnly: '已停用', anyStatus: '全部状态', search: '姓名或工号',
    active: '在岗', inactive: '已停用', hasLogin: '有账号', noLogin: '无账号', count: '共 {{n}} 人', previousPage: '上一页', nextPage: '下一页',
    hasLoginHelp: '该人员有登录账号：姓名、岗位、分公司和状态在用户管理中修改，这里只能修改工号。', nameRule: '姓名须为 1–60 个字符', branchRule: '分公司岗位必须选择所属分公司',
  },
  en: {
    employeeNo: 'Staff no.', name: 'Name', branch: 'Branch', role: 'Role', contactKind: 'Contact kind', login: 'Login', status: 'Status', province: 'Province',
    roles: { BRANCH_PLANNER: 'Planners', PHONE_MANAGER: 'Phone/account managers', FRONT_DESK: 'Front desk', PROVINCE_PLANNER: 'Province planners', PROVINCE_ANALYST: 'Province analysts', TRAINER: 'Trainers', ADMIN: 'Admins' },
    kinds: { PHONE: 'Phone manager', ACCOUNT: 'Account manager' },
    add: 'Add a member of staff', edit: 'Edit', deactivate: 'Deactivate', activate: 'Activate', save: 'Save', saved: 'Saved',
    import: 'Import a staff list', importOk: 'Staff list imported: {{created}} added, {{updated}} updated', importErrors: 'The staff list has errors: nobody was imported',
    importHelp: 'Import a CSV (UTF-8) or .xlsx with the columns 工号 (staff no.), 姓名 (name), 岗位 (role), 分公司 (branch), 联系类型 (PHONE/ACCOUNT), 在岗 (active yes/no); rows are added or updated by staff number, and a file with errors imports nothing.',
    importHelpOwnBranch: 'Import a CSV (UTF-8) or .xlsx with the columns 工号 (staff no.), 姓名 (name), 岗位 (role), 联系类型 (PHONE/ACCOUNT), 在岗 (active yes/no); the branch must be yours or empty; rows are added or updated by staff number, and a file with errors imports nothing.',
    line: 'Line', column: 'Column', value: 'Value', problem: 'Problem',
    allBranches: 'All branches', allRoles: 'All roles', allKinds: 'All contact kinds', activeOnly: 'Active', inactiveOnly: 'Deactivated', anyStatus: 'Any status', search: 'Name or staff no.',
    active: 'Active', inactive: 'Deactivated', hasLogin: 'Has a login', noLogin: 'No login', count: '{{n}} people', previousPage: 'Previous', nextPage: 'Next',
    hasLoginHelp: 'This person has a login: name, role, branch and status are changed in user administration; only the staff number is edited here.', nameRule: 'A name has 1–60 characters', branchRule: 'Branch roles need their branch',
  },
});
