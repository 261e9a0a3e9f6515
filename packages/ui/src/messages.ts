import { LABELS, type Label, type Vocabulary } from '@retention/domain';

/** A vocabulary of @retention/domain's LABELS (the one place of enum labels) as i18next strings. */
function vocabulary(name: Vocabulary, language: keyof Label): Record<string, string> {
  return Object.fromEntries(Object.entries(LABELS[name] as Record<string, Label>).map(([value, label]) => [value, label[language]]));
}

/** Every vocabulary, for `t('labels.brand.GOTONE')`. */
function allVocabularies(language: keyof Label): Record<string, Record<string, string>> {
  return Object.fromEntries((Object.keys(LABELS) as Vocabulary[]).map((name) => [name, vocabulary(name, language)]));
}

/** Strings every app shares. Keys are English; zh-CN is the first language. */
export const common = {
  'zh-CN': {
    appName: '客户保有与营销闭环平台',
    login: {
      title: '登录',
      username: '用户名',
      password: '密码',
      submit: '登录',
      required: '请输入{{field}}',
      failed: '登录失败：{{message}}',
      invalid: '用户名或密码错误',
      demoHint: '演示账号密码均为 demo1234',
    },
    logout: '退出登录',
    language: '语言',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    sessionExpired: '登录已过期，请重新登录',
    remote: {
      failed: '模块加载失败',
      failedDetail: '无法加载「{{name}}」模块：{{message}}',
      retry: '重试',
      loading: '正在加载…',
    },
    error: { generic: '出错了：{{message}}', network: '无法连接服务器，请检查网络后重试' },
    // Used only when a server error carries no translated messages of its own.
    errorCodes: {
      UNAUTHENTICATED: '请先登录（登录已失效）', FORBIDDEN: '您的角色无权查看或执行此操作', UNAUTHORIZED: '您的角色无权查看或执行此操作',
      BAD_USER_INPUT: '输入有误', INTERNAL_SERVER_ERROR: '服务器内部错误，请稍后重试', UNKNOWN: '请求未能完成，请稍后重试',
    },
    empty: '暂无数据',
    roles: {
      PROVINCE_PLANNER: '省公司策划',
      PROVINCE_ANALYST: '省公司经分',
      BRANCH_PLANNER: '分公司策划',
      PHONE_MANAGER: '电话经理',
      TRAINER: '培训师',
      ADMIN: '系统管理员',
    },
    campaignStatus: vocabulary('campaignStatus', 'zh-CN'),
    campaignKind: vocabulary('campaignKind', 'zh-CN'),
    campaignLevel: vocabulary('campaignLevel', 'zh-CN'),
    evaluationStatus: vocabulary('evaluationStatus', 'zh-CN'),
    labels: allVocabularies('zh-CN'),
    exportExcel: '导出Excel',
  },
  en: {
    appName: 'Retention & Marketing Loop',
    login: {
      title: 'Sign in',
      username: 'Username',
      password: 'Password',
      submit: 'Sign in',
      required: 'Please enter the {{field}}',
      failed: 'Sign-in failed: {{message}}',
      invalid: 'Invalid username or password',
      demoHint: 'Demo accounts use the password demo1234',
    },
    logout: 'Sign out',
    language: 'Language',
    languages: { 'zh-CN': '简体中文', en: 'English' },
    sessionExpired: 'Your session has expired. Please sign in again.',
    remote: {
      failed: 'Module failed to load',
      failedDetail: 'The "{{name}}" module could not be loaded: {{message}}',
      retry: 'Retry',
      loading: 'Loading…',
    },
    error: { generic: 'Something went wrong: {{message}}', network: 'Cannot reach the server: check the network and try again' },
    errorCodes: {
      UNAUTHENTICATED: 'Please sign in (the session has ended)', FORBIDDEN: 'Your role may not see or do this', UNAUTHORIZED: 'Your role may not see or do this',
      BAD_USER_INPUT: 'The input is not valid', INTERNAL_SERVER_ERROR: 'Internal server error, please try again later', UNKNOWN: 'The request did not complete, please try again',
    },
    empty: 'No data',
    roles: {
      PROVINCE_PLANNER: 'Province planner',
      PROVINCE_ANALYST: 'Province analyst',
      BRANCH_PLANNER: 'Branch planner',
      PHONE_MANAGER: 'Phone manager',
      TRAINER: 'Trainer',
      ADMIN: 'Administrator',
    },
    campaignStatus: vocabulary('campaignStatus', 'en'),
    campaignKind: vocabulary('campaignKind', 'en'),
    campaignLevel: vocabulary('campaignLevel', 'en'),
    evaluationStatus: vocabulary('evaluationStatus', 'en'),
    labels: allVocabularies('en'),
    exportExcel: 'Export to Excel',
  },
};
