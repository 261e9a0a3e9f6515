import { render, screen } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { CustomerCardQuery } from '../gql/graphql';
import { CustomerCard } from './customer-card';
import '../messages';

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '3', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('shows the portrait with masked number, class, measures, trend and recommended treatment', async () => {
  const customerCard: CustomerCardQuery = {
    subscriber: {
      id: 'S0000042', msisdnMasked: '138****1234', brand: 'GOTONE', planCode: 'SL88', joinDate: '2019-03-31', vipCard: 'GOLD', groupClass: 'B', vnetMember: true, familyPlan: false,
      portrait: {
        month: '2026-10', arpu: 212, avgArpu: 211, mou: 400, tenureMonths: 91, tenureBand: 'GE_5Y', retentionClass: 'IMPORTANT', midHighEnd: true, dynamicMidHighEnd: true,
        measures: ['GOTONE', 'GROUP'], stickyServices: ['MAIL139'],
        trend: [{ month: '2026-09', arpu: 210, mou: 390, dataMb: 900, status: 'ACTIVE' }, { month: '2026-10', arpu: 212, mou: 400, dataMb: 950, status: 'ACTIVE' }],
        recommendation: { products: ['集团V网'], promotions: ['存费送费'], channels: ['ACCOUNT_MANAGER'], newServices: ['银信通'], service: ['集团统一付费'], planFit: ['SL88'] },
      },
    },
  };
  const client = mockGraphQLClient({ CustomerCard: customerCard });
  render(<TestProviders client={client}><CustomerCard id="S0000042" /></TestProviders>);
  expect(await screen.findByText('S0000042 · 138****1234')).toBeInTheDocument();
  expect(screen.getByText('重要客户')).toBeInTheDocument();
  expect(screen.getByText('5年以上 (91)')).toBeInTheDocument();
  expect(screen.getAllByText('全球通').length).toBeGreaterThan(0);
  expect(screen.getByTestId('recommendation')).toHaveTextContent('集团V网');
  expect(screen.getByText('212.00', { selector: 'td' })).toBeInTheDocument();
});

// Regression (issue 11 item 5): codes such as GOLD, MAIL139, SL88 and ACCOUNT_MANAGER were
// shown raw, and the recommendation stayed Chinese in English.
it('labels every code of the portrait, in Chinese and in English', async () => {
  const customerCard: CustomerCardQuery = {
    subscriber: {
      id: 'S0000043', msisdnMasked: '139****0000', brand: 'EASYOWN', planCode: 'SL58', joinDate: '2020-01-01', vipCard: 'NONE', groupClass: null, vnetMember: false, familyPlan: false,
      portrait: {
        month: '2026-10', arpu: 48, avgArpu: 60, mou: 50, tenureMonths: 70, tenureBand: 'GE_5Y', retentionClass: 'CHURN_RISK', midHighEnd: false, dynamicMidHighEnd: true,
        measures: [], stickyServices: ['MAIL139', 'BANK_AUTOPAY'],
        trend: [{ month: '2026-10', arpu: 48, mou: 50, dataMb: 10, status: 'SUSPENDED' }],
        recommendation: { products: ['保底套餐', '商旅58'], promotions: ['低端终端'], channels: ['PHONE_MANAGER'], newServices: ['飞信'], service: ['基础服务'], planFit: ['SL58'] },
      },
    },
  };
  const client = mockGraphQLClient({ CustomerCard: customerCard });
  const { unmount } = render(<TestProviders client={client}><CustomerCard id="S0000043" /></TestProviders>);
  const card = await screen.findByTestId('customer-card');
  for (const text of ['神州行', '商旅58', '无', '有流失倾向', '139邮箱、银行代扣', '停机', '电话经理']) expect(card).toHaveTextContent(text);
  for (const raw of ['EASYOWN', 'NONE', 'MAIL139', 'BANK_AUTOPAY', 'CHURN_RISK', 'PHONE_MANAGER', 'SUSPENDED']) expect(card).not.toHaveTextContent(raw);
  unmount();
  setLanguage('en');
  render(<TestProviders client={client}><CustomerCard id="S0000043" /></TestProviders>);
  const english = await screen.findByTestId('customer-card');
  for (const text of ['EasyOwn', 'Business 58', 'None', 'Churn risk', '139 Mail', 'Bank autopay', 'Floor plan', 'Low-end handsets', 'Fetion', 'Basic service', 'Phone manager', 'Suspended']) expect(english).toHaveTextContent(text);
  expect(english).not.toHaveTextContent(/[\u4e00-\u9fff]/);
});
