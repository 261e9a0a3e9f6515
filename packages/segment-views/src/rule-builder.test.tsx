import { render, screen, waitFor } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { PreviewSegmentQuery, RuleFieldsQuery } from './gql/graphql';
import { RuleBuilder, toRule } from './rule-builder';
import './messages';

const fields: RuleFieldsQuery['ruleFields'] = [
  { key: 'arpu', type: 'number', operators: ['gte', 'lt', 'between'], values: null, monthly: true, labelZh: 'ARPU（当月）', labelEn: 'ARPU' },
  { key: 'brand', type: 'enum', operators: ['eq', 'in'], values: ['GOTONE', 'EASYOWN', 'MZONE'], monthly: false, labelZh: '品牌', labelEn: 'Brand' },
  { key: 'vnetMember', type: 'bool', operators: ['is'], values: null, monthly: false, labelZh: 'V网成员', labelEn: 'V-net' },
];

describe('toRule', () => {
  it('types values by field and wraps NOT and "each of the last k months"', () => {
    expect(
      toRule('all', [
        { field: 'arpu', op: 'lt', value: '20', negate: false, eachOfLastMonths: 3 },
        { field: 'brand', op: 'in', value: 'GOTONE, MZONE', negate: true, eachOfLastMonths: null },
        { field: 'vnetMember', op: 'is', value: 'true', negate: false, eachOfLastMonths: null },
        { field: 'arpu', op: 'between', value: '80,120', negate: false, eachOfLastMonths: null },
      ], fields),
    ).toEqual({
      all: [
        { field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 3 },
        { not: { field: 'brand', op: 'in', value: ['GOTONE', 'MZONE'] } },
        { field: 'vnetMember', op: 'is', value: true },
        { field: 'arpu', op: 'between', value: [80, 120] },
      ],
    });
  });
});

it('previews the live count of the rule and lists the shipped examples', async () => {
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
  setLanguage('zh-CN');
  const ruleFields: RuleFieldsQuery = {
    ruleFields: fields,
    segmentDefinitions: [{ id: 'd1', key: 'SS5', name: '低值休眠', description: 'dormant', rule: { field: 'arpu', op: 'lt', value: 20 }, example: true }],
  };
  const preview: PreviewSegmentQuery = { previewSegment: { month: '2026-10', total: 5919, byBranch: [{ branchCode: 'CD', count: 1403 }] } };
  const client = mockGraphQLClient({ RuleFields: ruleFields, PreviewSegment: preview });
  render(<TestProviders client={client}><RuleBuilder month="2026-10" /></TestProviders>);
  expect(await screen.findByText('SS5 低值休眠')).toBeInTheDocument();
  await waitFor(() => expect(client.calls).toContain('PreviewSegment'));
  expect(await screen.findByText('5,919')).toBeInTheDocument();
  expect(screen.getByText('保存细分')).toBeInTheDocument();
});
