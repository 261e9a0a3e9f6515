/** seed 001's do-not-market account kinds (DOMAIN.md §2 `special_type`). */
export const SPECIAL_TYPES = [
  'PUBLIC_PHONE', 'DATA_CARD', 'OFFICIAL', 'EMPLOYEE', 'TEST', 'RURAL',
  'TRIAL', 'MILITARY', 'BIG_ACCOUNT', 'REGULATOR', 'GOVERNMENT', 'PENDING_CANCEL',
] as const;

/** Sticky services of the usage extract (DOMAIN.md §2 `services`). */
export const STICKY_SERVICES = ['MAIL139', 'FETION', 'BANK_AUTOPAY', 'YINXINTONG', 'MOBILE_PAY'] as const;

/** A value's name in both languages: zh-CN first, English second. */
export interface Label {
  'zh-CN': string;
  en: string;
}

const l = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/**
 * Every enum value a screen or an export shows, with its label in both languages — the one
 * place for them (the apps read it through `useLabels()` of @retention/ui). Values are the
 * API's codes; a vocabulary's keys are its complete set.
 */
export const LABELS = {
  brand: { GOTONE: l('全球通', 'GoTone'), EASYOWN: l('神州行', 'EasyOwn'), MZONE: l('动感地带', 'M-Zone') },
  vipCard: { DIAMOND: l('钻卡', 'Diamond card'), GOLD: l('金卡', 'Gold card'), SILVER: l('银卡', 'Silver card'), NONE: l('无', 'None') },
  groupClass: { A: l('A类集团', 'Group class A'), B: l('B类集团', 'Group class B'), C: l('C类集团', 'Group class C'), NONE: l('非集团', 'No group') },
  specialType: {
    PUBLIC_PHONE: l('公话', 'Public phone'), DATA_CARD: l('数据卡', 'Data card'), OFFICIAL: l('公务号', 'Official line'), EMPLOYEE: l('员工号', 'Employee line'),
    TEST: l('测试号', 'Test line'), RURAL: l('农村统付', 'Rural shared billing'), TRIAL: l('试用号', 'Trial line'), MILITARY: l('军队', 'Military'),
    BIG_ACCOUNT: l('大客户统付', 'Big-account billing'), REGULATOR: l('监管部门', 'Regulator'), GOVERNMENT: l('政府', 'Government'), PENDING_CANCEL: l('待销户', 'Pending cancellation'),
    NONE: l('无', 'None'),
  },
  stickyService: { MAIL139: l('139邮箱', '139 Mail'), FETION: l('飞信', 'Fetion'), BANK_AUTOPAY: l('银行代扣', 'Bank autopay'), YINXINTONG: l('银信通', 'Yinxintong'), MOBILE_PAY: l('手机支付', 'Mobile payment') },
  usageStatus: { ACTIVE: l('正常', 'Active'), SUSPENDED: l('停机', 'Suspended'), CHURNED: l('离网', 'Left the network') },
  retentionClass: { IMPORTANT: l('重要客户', 'Important'), ORDINARY: l('普通中高端', 'Ordinary'), IRREGULAR: l('不规则需求', 'Irregular'), CHURN_RISK: l('有流失倾向', 'Churn risk'), NONE: l('未分类', 'Not classified') },
  tenureBand: { LT_6M: l('半年以内', '< 6 months'), '6_12M': l('半年至1年', '6–12 months'), '1_3Y': l('1至3年', '1–3 years'), '3_5Y': l('3至5年', '3–5 years'), GE_5Y: l('5年以上', '5+ years') },
  measure: { GOTONE: l('全球通', 'GoTone'), GROUP: l('集团客户', 'Group customer'), FAMILY: l('合家欢', 'Family plan'), DEPOSIT_GIFT: l('存费送费', 'Deposit gift'), TERMINAL: l('终端合约', 'Handset contract') },
  channel: {
    PHONE_MANAGER: l('电话经理', 'Phone manager'), ACCOUNT_MANAGER: l('客户经理', 'Account manager'), FRONT_DESK: l('营业厅', 'Front desk'),
    E_CHANNEL: l('电子渠道', 'E-channel'), SMS: l('短信', 'SMS'), OUTBOUND_CALL: l('外呼', 'Outbound call'),
  },
  plan: { SL58: l('商旅58', 'Business 58'), SL88: l('商旅88', 'Business 88'), SL128: l('商旅128', 'Business 128'), SLG3: l('商旅G3', 'Business G3'), HJH_F: l('合家欢F', 'Family F'), BASIC: l('基础套餐', 'Basic') },
  offerKind: { DEPOSIT_GIFT: l('存费送费', 'Deposit gift'), TERMINAL: l('终端', 'Handset'), PLAN: l('套餐', 'Plan'), SERVICE: l('增值业务', 'Value-added service'), GIFT: l('礼品', 'Gift') },
  segmentKey: {
    ON_NETWORK: l('在网客户', 'On network'), MID_HIGH_END: l('中高端', 'Mid-high-end'), DYNAMIC_MID_HIGH_END: l('动态中高端', 'Dynamic mid-high-end'), NEAR_MID_HIGH_END: l('准中高端', 'Near mid-high-end'),
    CLASS_CHURN_RISK: l('有流失倾向', 'Churn risk'), CLASS_IMPORTANT: l('重要客户', 'Important'), CLASS_ORDINARY: l('普通中高端', 'Ordinary'), CLASS_IRREGULAR: l('不规则需求', 'Irregular'),
    TENURE_LT_6M: l('网龄<6月', 'Tenure <6m'), TENURE_6_12M: l('网龄6-12月', 'Tenure 6–12m'), TENURE_1_3Y: l('网龄1-3年', 'Tenure 1–3y'), TENURE_3_5Y: l('网龄3-5年', 'Tenure 3–5y'), TENURE_GE_5Y: l('网龄≥5年', 'Tenure ≥5y'),
    MEASURES_GE_1: l('≥1项措施', '≥1 measure'), MEASURES_GE_2: l('≥2项措施', '≥2 measures'), MEASURES_GE_3: l('≥3项措施', '≥3 measures'),
  },
  campaignKind: { TENURE: l('网龄营销', 'Tenure'), TERMINAL: l('终端营销', 'Terminal'), DEPOSIT_GIFT: l('存费送费', 'Deposit gift'), PLAN_MIGRATION: l('产品归位', 'Plan migration'), SERVICE_PUSH: l('粘性业务推荐', 'Service push'), CARE: l('关怀', 'Care') },
  campaignLevel: { PROVINCE: l('省公司', 'Province'), BRANCH: l('分公司', 'Branch') },
  campaignStatus: { DRAFT: l('草稿', 'Draft'), PENDING_APPROVAL: l('待审批', 'Pending approval'), PUBLISHED: l('已发布', 'Published'), CLOSED: l('已结束', 'Closed'), EVALUATED: l('已评估', 'Evaluated') },
  evaluationStatus: { DRAFT: l('草稿', 'Draft'), SUBMITTED: l('已提交', 'Submitted'), RETURNED: l('已退回', 'Returned'), ACCEPTED: l('已通过', 'Accepted') },
  jobStatus: { QUEUED: l('排队中', 'Queued'), RUNNING: l('进行中', 'Running'), SUCCEEDED: l('完成', 'Done'), FAILED: l('失败', 'Failed') },
  listMemberStatus: { TREATED: l('营销组', 'Treated'), CONTROL: l('对照组', 'Control'), SUPPRESSED: l('已剔除', 'Suppressed') },
  suppressionReason: {
    NOT_ON_NETWORK: l('已离网', 'Not on network'), SPECIAL_ACCOUNT: l('特殊账户', 'Special account'), VIP_CARD: l('VIP客户（由客户经理维系）', 'VIP card (account managers serve them)'),
    DO_NOT_CONTACT: l('免打扰名单', 'Do not contact'), RECENTLY_CONTACTED: l('近60天已接触', 'Contacted in the last 60 days'), FREQUENCY_CAP: l('3个月内已参加其他活动', 'On another campaign within 3 months'),
    ALREADY_TARGETED: l('已在本活动名单', 'Already on this list'),
  },
  targetListStatus: { BUILDING: l('生成中', 'Building'), BUILT: l('已生成', 'Built'), DISPATCHED: l('已派发', 'Dispatched'), FAILED: l('生成失败', 'Failed') },
  taskStatus: { OPEN: l('待联系', 'Open'), CALLBACK: l('待回拨', 'Call back'), DONE: l('已完成', 'Done'), WITHDRAWN: l('已撤回', 'Withdrawn') },
  offerStage: { RECOMMENDATION: l('推荐期', 'Recommendation'), TRIAL: l('试用期', 'Trial'), STABLE: l('稳定期', 'Stable'), ENDED: l('已结束', 'Ended') },
  contactKind: { PHONE: l('电话经理', 'Phone manager'), ACCOUNT: l('客户经理', 'Account manager') },
  campaignAuditAction: {
    CREATE: l('创建', 'Created'), EDIT: l('修改', 'Edited'), AMEND: l('发布后修订', 'Amended'), SUBMIT: l('提交审批', 'Submitted'), APPROVE: l('审批通过', 'Approved'),
    RETURN: l('退回修改', 'Returned'), CLOSE: l('结束', 'Closed'), CLONE: l('复制', 'Cloned'), EVALUATE: l('完成评估', 'Evaluated'), REASSIGN_TASKS: l('改派外呼任务', 'Tasks reassigned'),
  },
  contactOutcome: {
    NO_ANSWER: l('无人接听', 'No answer'), REACHED_DECLINED: l('已接通-拒绝', 'Reached, declined'), HESITANT_CALLBACK: l('犹豫-当天回拨', 'Hesitant: call back today'),
    ACCEPTED: l('已接受', 'Accepted'), INVALID_NUMBER: l('空号/错号', 'Invalid number'), DO_NOT_CALL: l('要求勿扰', 'Do not call'),
  },
  /** The treatment matrix's items (TREATMENT_MATRIX), keyed by their Chinese text as the API returns it. */
  treatment: {
    '集团V网': l('集团V网', 'Group V-net'), '商旅套餐（含G3）': l('商旅套餐（含G3）', 'Business plans (incl. G3)'), '合家欢': l('合家欢', 'Family plan'),
    'G3终端': l('G3终端', 'G3 handsets'), '存费送费': l('存费送费', 'Deposit gift'), '品牌迁移': l('品牌迁移', 'Brand migration'), '积分': l('积分', 'Loyalty points'),
    '银信通': l('银信通', 'Yinxintong'), '手机邮箱': l('手机邮箱', 'Mobile mail'), '手机上网': l('手机上网', 'Mobile internet'), '手机支付': l('手机支付', 'Mobile payment'),
    '2G/3G流量包': l('2G/3G流量包', '2G/3G data packs'), '集团统一付费': l('集团统一付费', 'Group unified billing'), '个性化服务 + 12580': l('个性化服务 + 12580', 'Personal service + 12580'),
    'V网/群英网': l('V网/群英网', 'V-net / Qunying net'), '网龄计划': l('网龄计划', 'Tenure plan'), '基础服务': l('基础服务', 'Basic service'), '余额提醒': l('余额提醒', 'Balance alerts'),
    '保底套餐 + 叠加包': l('保底套餐 + 叠加包', 'Floor plan + add-on packs'), '商旅G3': l('商旅G3', 'Business G3'), '飞信': l('飞信', 'Fetion'), '余额关注': l('余额关注', 'Balance watch'),
    '保底套餐': l('保底套餐', 'Floor plan'), '商旅58': l('商旅58', 'Business 58'), '保底存费送费': l('保底存费送费', 'Floor deposit gift'), '低端终端': l('低端终端', 'Low-end handsets'),
  },
} satisfies Record<string, Record<string, Label>>;

export type Vocabulary = keyof typeof LABELS;

/** The label of `value` in `language` (zh-CN unless 'en'); an unknown value shows as itself. */
export function labelOf(vocabulary: Vocabulary, value: string | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const label = (LABELS[vocabulary] as Record<string, Label>)[value];
  if (!label) return value;
  return language === 'en' ? label.en : label['zh-CN'];
}
