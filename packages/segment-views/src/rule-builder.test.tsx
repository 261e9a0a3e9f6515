import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { PreviewSegmentQuery, RuleFieldsQuery } from './gql/graphql';
import { RuleBuilder, rowProblem, toRule, type FieldInfo } from './rule-builder';
import './messages';

const fields: RuleFieldsQuery['ruleFields'] = [
  { key: 'arpu', type: 'number', operators: ['gte', 'lt', 'between'], values: null, monthly: true, labelZh: 'ARPU（当月）', labelEn: 'ARPU' },
  { key: 'brand', type: 'enum', operators: ['eq', 'in'], values: ['GOTONE', 'EASYOWN', 'MZONE'], monthly: false, labelZh: '品牌', labelEn: 'Brand' },
  { key: 'vnetMember', type: 'bool', operators: ['is'], values: null, monthly: false, labelZh: 'V网成员', labelEn: 'V-net' },
  { key: 'branch', type: 'enum', operators: ['eq', 'in'], values: ['CD', 'ZG'], monthly: false, labelZh: '分公司', labelEn: 'Branch' },
];

const ruleFields: RuleFieldsQuery = {
  ruleFields: fields,
  segmentDefinitions: [{ id: 'd1', key: 'SS5', name: '低值休眠', description: 'dormant', rule: { all: [{ field: 'arpu', op: 'lt', value: 20 }, { field: 'brand', op: 'in', value: ['GOTONE', 'MZONE'] }] }, example: true }],
};
const preview: PreviewSegmentQuery = { previewSegment: { month: '2026-10', total: 5919, byBranch: [{ branchCode: 'ZG', count: 300 }, { branchCode: 'CD', count: 1403 }] } };

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

describe('toRule', () => {
  it('sends typed values, wraps NOT and "each of the last k months"', () => {
    expect(
      toRule('all', [
        { field: 'arpu', op: 'lt', value: 20, negate: false, eachOfLastMonths: 3 },
        { field: 'brand', op: 'in', value: ['GOTONE', 'MZONE'], negate: true, eachOfLastMonths: null },
        { field: 'vnetMember', op: 'is', value: true, negate: false, eachOfLastMonths: null },
        { field: 'arpu', op: 'between', value: [80, 120], negate: false, eachOfLastMonths: null },
      ], fields as FieldInfo[]),
    ).toEqual({
      all: [
        { field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 3 },
        { not: { field: 'brand', op: 'in', value: ['GOTONE', 'MZONE'] } },
        { field: 'vnetMember', op: 'is', value: true },
        { field: 'arpu', op: 'between', value: [80, 120] },
      ],
    });
  });

  // Regression (issue 11 item 3): an empty number became ≥ 0, a blank yes/no filtered on false.
  it('gives no rule while a value is missing or of the wrong kind', () => {
    const f = fields as FieldInfo[];
    expect(toRule('all', [{ field: 'arpu', op: 'gte', value: null, negate: false, eachOfLastMonths: null }], f)).toBeNull();
    expect(rowProblem({ field: 'arpu', op: 'gte', value: null, negate: false, eachOfLastMonths: null }, f[0])).toBe('number');
    expect(rowProblem({ field: 'arpu', op: 'between', value: [120, 80], negate: false, eachOfLastMonths: null }, f[0])).toBe('betweenOrder');
    expect(rowProblem({ field: 'vnetMember', op: 'is', value: '', negate: false, eachOfLastMonths: null }, f[2])).toBe('bool');
    expect(rowProblem({ field: 'brand', op: 'in', value: [], negate: false, eachOfLastMonths: null }, f[1])).toBe('list');
    expect(toRule('all', [{ field: 'arpu', op: 'gte', value: 120, negate: false, eachOfLastMonths: null }], [])).toBeNull();
  });
});

it('previews the live count of the rule, with branch names, and lists the shipped examples in words', async () => {
  const client = mockGraphQLClient({ RuleFields: ruleFields, PreviewSegment: preview });
  render(<TestProviders client={client}><RuleBuilder month="2026-10" /></TestProviders>);
  expect(await screen.findByText('SS5 低值休眠', undefined, { timeout: 15000 })).toBeInTheDocument();
  await waitFor(() => expect(client.calls).toContain('PreviewSegment'));
  expect(await screen.findByText('5,919')).toBeInTheDocument();
  expect(screen.getByText('成都')).toBeInTheDocument();
  expect(screen.queryByText('CD')).not.toBeInTheDocument();
  expect(screen.getByText('保存细分')).toBeInTheDocument();
  expect(screen.queryByText(/参数化SQL/)).not.toBeInTheDocument();

  await userEvent.click(screen.getByText('SS5 低值休眠'));
  const example = screen.getByTestId('rule-example');
  expect(example).toHaveTextContent('ARPU（当月） 小于 20 且 品牌 属于 全球通、动感地带');
  expect(example).not.toHaveTextContent('{');
});

it('sends no preview before the field types are known, so nothing flashes an error on arrival', async () => {
  const client = mockGraphQLClient({ RuleFields: undefined, PreviewSegment: preview });
  render(<TestProviders client={client}><RuleBuilder month="2026-10" /></TestProviders>);
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(client.calls).not.toContain('PreviewSegment');
  expect(screen.queryByTestId('rule-error')).not.toBeInTheDocument();
});

it('asks for a value next to the field, in the user’s language, and previews nothing until it is there', async () => {
  const client = mockGraphQLClient({ RuleFields: ruleFields, PreviewSegment: preview });
  render(<TestProviders client={client}><RuleBuilder month="2026-10" /></TestProviders>);
  await waitFor(() => expect(client.calls).toContain('PreviewSegment'));
  const calls = client.calls.filter((c) => c === 'PreviewSegment').length;
  const box = screen.getByTestId('rule-value-0');
  const input = box.tagName === 'INPUT' ? box : box.querySelector('input')!;
  fireEvent.change(input, { target: { value: '' } });
  expect(await screen.findByTestId('rule-help-0')).toHaveTextContent('请输入数值');
  expect(screen.getByTestId('rule-incomplete')).toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(client.calls.filter((c) => c === 'PreviewSegment').length).toBe(calls);
  // Letters cannot be typed into the number box: it stays empty, with the same hint.
  fireEvent.change(input, { target: { value: 'abc' } });
  expect(screen.getByTestId('rule-help-0')).toHaveTextContent('请输入数值');
  setLanguage('en');
  await waitFor(() => expect(screen.getByTestId('rule-help-0')).toHaveTextContent('Enter a number'));
});

it('starts a yes/no field at “yes”, shown in the box and sent as true', async () => {
  const client = mockGraphQLClient({ RuleFields: ruleFields, PreviewSegment: preview });
  render(<TestProviders client={client}><RuleBuilder month="2026-10" /></TestProviders>);
  await screen.findByText('SS5 低值休眠');
  const fieldSelect = screen.getByTestId('rule-field-0');
  fireEvent.mouseDown((fieldSelect.closest('.ant-select') ?? fieldSelect).querySelector('.ant-select-selector')!);
  fireEvent.click(await screen.findByTitle('V网成员', undefined, { timeout: 15000 }));
  const value = screen.getByTestId('rule-value-0');
  expect((value.closest('.ant-select') ?? value).querySelector('.ant-select-selection-item')).toHaveTextContent('是');
  expect(screen.queryByTestId('rule-help-0')).not.toBeInTheDocument();
});
