import { registerMessages } from '@retention/ui';

registerMessages('branch', {
  'zh-CN': {
    title: '分公司工作台',
    nav: { overview: '概况', customers: '客户洞察', segments: '客户细分', cohorts: '拍照客户' },
    overview: '本分公司概况',
    subscribers: '客户数',
    campaigns: '参与活动',
    campaignList: '营销活动（省公司发布及本地活动）',
    reports: '评估报告',
    col: { name: '活动名称', kind: '类型', level: '级别', status: '状态', campaign: '活动', updated: '更新时间' },
    customers: { title: '客户查询', placeholder: '客户编号或完整手机号', search: '查询', hint: '输入至少2个字符开始查询', id: '客户编号', msisdn: '手机号', brand: '品牌', plan: '套餐', county: '区县' },
    portrait: {
      joinDate: '入网日期', avgArpu: '月均ARPU', tenure: '网龄', class: '保有分类', segments: '客户群', midHighEnd: '中高端', dynamic: '动态中高端',
      measures: '稳定措施', services: '粘性业务', trend: '近13个月账单', month: '月份', recommendation: '推荐维系方案', planFit: '适配套餐',
      products: '产品', promotions: '促销', newServices: '新业务', service: '服务',
    },
    tenure: { LT_6M: '半年以内', '6_12M': '半年至1年', '1_3Y': '1至3年', '3_5Y': '3至5年', GE_5Y: '5年以上' },
    class: { IMPORTANT: '重要客户', ORDINARY: '普通中高端', IRREGULAR: '不规则需求', CHURN_RISK: '有流失倾向' },
    measure: { GOTONE: '全球通', GROUP: '集团客户', FAMILY: '合家欢', DEPOSIT_GIFT: '存费送费', TERMINAL: '终端合约' },
  },
  en: {
    title: 'Branch workspace',
    nav: { overview: 'Overview', customers: 'Customers', segments: 'Segments', cohorts: 'Photo cohorts' },
    overview: 'Our branch',
    subscribers: 'Customers',
    campaigns: 'Campaigns',
    campaignList: 'Campaigns (province-published and local)',
    reports: 'Evaluation reports',
    col: { name: 'Campaign', kind: 'Kind', level: 'Level', status: 'Status', campaign: 'Campaign', updated: 'Updated' },
    customers: { title: 'Find a customer', placeholder: 'Customer id or full phone number', search: 'Search', hint: 'Type at least 2 characters', id: 'Customer id', msisdn: 'Phone', brand: 'Brand', plan: 'Plan', county: 'County' },
    portrait: {
      joinDate: 'Joined', avgArpu: 'Avg ARPU', tenure: 'Tenure', class: 'Retention class', segments: 'Segments', midHighEnd: 'Mid-high-end', dynamic: 'Dynamic mid-high-end',
      measures: 'Stabilizing measures', services: 'Sticky services', trend: 'Last 13 months', month: 'Month', recommendation: 'Recommended treatment', planFit: 'Plans that fit',
      products: 'Products', promotions: 'Promotions', newServices: 'New services', service: 'Service',
    },
    tenure: { LT_6M: '< 6 months', '6_12M': '6–12 months', '1_3Y': '1–3 years', '3_5Y': '3–5 years', GE_5Y: '5+ years' },
    class: { IMPORTANT: 'Important', ORDINARY: 'Ordinary', IRREGULAR: 'Irregular', CHURN_RISK: 'Churn risk' },
    measure: { GOTONE: 'GoTone', GROUP: 'Group customer', FAMILY: 'Family plan', DEPOSIT_GIFT: 'Deposit gift', TERMINAL: 'Handset contract' },
  },
});
