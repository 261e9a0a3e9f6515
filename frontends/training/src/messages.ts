import { registerMessages } from '@retention/ui';

registerMessages('training', {
  'zh-CN': {
    title: '培训管理',
    branches: '分公司',
    coverage: '培训覆盖率',
    coverageLater: '课程、场次、出勤与考核将在培训模块中提供',
    col: { code: '代码', branch: '分公司' },
  },
  en: {
    title: 'Training',
    branches: 'Branches',
    coverage: 'Training coverage',
    coverageLater: 'Courses, sessions, attendance and assessment come with the training module',
    col: { code: 'Code', branch: 'Branch' },
  },
});
