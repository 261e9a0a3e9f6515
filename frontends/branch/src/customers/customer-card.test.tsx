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
  expect(screen.getByText('全球通')).toBeInTheDocument();
  expect(screen.getByTestId('recommendation')).toHaveTextContent('集团V网');
  expect(screen.getByText('212.00', { selector: 'td' })).toBeInTheDocument();
});
