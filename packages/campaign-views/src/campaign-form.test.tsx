import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { CampaignForm, emptyValues, problemsOf, suggestionFor, toInput } from './campaign-form';
import { GUIDANCE_DEBOUNCE_MS } from './power-guidance';
import type { CampaignFormOptionsQuery, CampaignSampleSizeQuery, CreateCampaignMutation, EligibilityFieldsQuery, TreatmentMatrixRowsQuery } from './gql/graphql';
import './messages';

const options: CampaignFormOptionsQuery = {
  builtInSegments: ['MID_HIGH_END', 'CLASS_ORDINARY'],
  segmentDefinitions: [{ id: 's1', key: 'SS1', name: '高值商务', example: true }],
  segmentMonths: { latest: '2026-10' },
};
const fields: EligibilityFieldsQuery = { ruleFields: [{ key: 'tenureMonths', type: 'number', operators: ['gte', 'lt'], values: null, monthly: false, labelZh: '网龄（月）', labelEn: 'Tenure (months)' }] };
// Version 3 of the stored matrix, edited by the province: not seed 000's table.
const matrix: TreatmentMatrixRowsQuery = {
  treatmentMatrix: [
    { version: 3, retentionClass: 'IMPORTANT', kinds: ['CARE'], channels: ['ACCOUNT_MANAGER'], offerKinds: ['TERMINAL'], promotions: ['积分'] },
    { version: 3, retentionClass: 'ORDINARY', kinds: ['SERVICE_PUSH', 'TENURE'], channels: ['PHONE_MANAGER', 'SMS'], offerKinds: ['SERVICE'], promotions: ['网龄计划', '关怀回访'] },
  ],
};
const guidance: CampaignSampleSizeQuery = { campaignSampleSize: { listSize: 5000, expectedControlChurn: 0.06, controlShare: 0.1, controlSize: 500, power: 0.42, smallestShareFor80: 0.235 } };
const created: CreateCampaignMutation = { createCampaign: { id: 'c9', version: 1, status: 'DRAFT' } };

function capturingClient(responses: Record<string, unknown>) {
  const client = mockGraphQLClient(responses);
  const variables: Record<string, unknown>[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { variables: Record<string, unknown> }, ...rest: unknown[]) => {
    variables.push(request.variables);
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as typeof client.executeMutation;
  return { client, variables };
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

it('sends shares and targets as fractions and keeps the rest as typed', () => {
  const v = { ...emptyValues(null), name: ' 网龄回馈 ', targetSegmentKey: 'CLASS_ORDINARY', controlPercent: 12.5, targetUptakePercent: 8, targetChurnReductionPercent: 2,
    offerTiers: [{ code: 'T1', name: '存300送300', offerKind: 'DEPOSIT_GIFT' as const, deposit: 300, gift: 300, months: 10, subsidyPercent: 70, costPerAcceptance: 300, tenureMinMonths: 12, tenureMaxMonths: null, trialMonths: 1 }] };
  const input = toInput(v, 'PROVINCE');
  expect(input).toMatchObject({ name: '网龄回馈', level: 'PROVINCE', controlShare: 0.125, targetUptake: 0.08, targetChurnReduction: 0.02, targetSegmentKey: 'CLASS_ORDINARY' });
  expect(input).not.toHaveProperty('targetSegmentId');
  expect(input.offerTiers![0]).toMatchObject({ subsidyShare: 0.7, deposit: 300, tenureMinMonths: 12 });
  expect(input.executingBranchCodes).toHaveLength(21);
});

it('finds problems before sending: name, dates, tier codes, control share', () => {
  const tier = { code: 'T1', name: 'a', offerKind: 'GIFT' as const, deposit: null, gift: null, months: null, subsidyPercent: null, costPerAcceptance: null, tenureMinMonths: 13, tenureMaxMonths: 12, trialMonths: 1 };
  const p = problemsOf({ ...emptyValues('CD'), startDate: '2026-12-01', endDate: '2026-11-01', controlPercent: 60, offerTiers: [tier, { ...tier, tenureMinMonths: null }] });
  expect(p).toEqual({ name: 'name', endDate: 'dates', controlShare: 'control', 'offerTiers[0]': 'tenureRange', offerTiers: 'tierCodes' });
  expect(suggestionFor(matrix.treatmentMatrix, 'ORDINARY')!.kinds).toEqual(['SERVICE_PUSH', 'TENURE']);
  expect(suggestionFor(matrix.treatmentMatrix, null)).toBeNull();
});

it('drafts a campaign with the treatment matrix’s suggestions, live power guidance and one idempotency key', async () => {
  const { client, variables } = capturingClient({ CampaignFormOptions: options, EligibilityFields: fields, TreatmentMatrixRows: matrix, CampaignSampleSize: guidance, CreateCampaign: created });
  const saved = jest.fn();
  render(<TestProviders client={client}><CampaignForm onSaved={saved} /></TestProviders>);
  expect(await screen.findByTestId('campaign-form')).toHaveTextContent('新建营销活动');
  expect(screen.getByTestId('talk-track-required')).toHaveTextContent('提交审批前必须填写营销必说话术');
  fireEvent.change(screen.getByTestId('campaign-name'), { target: { value: '网龄计划' } });
  fireEvent.click(screen.getByTestId('campaign-save'));
  await waitFor(() => expect(saved).toHaveBeenCalledWith('c9'));
  const input = variables[0].input as Record<string, unknown>;
  expect(input).toMatchObject({ name: '网龄计划', level: 'PROVINCE', controlShare: 0.1, kind: 'TENURE', priorityWeight: 1 });
  expect(typeof variables[0].idempotencyKey).toBe('string');
  fireEvent.click(screen.getByTestId('campaign-save'));
  await waitFor(() => expect(variables).toHaveLength(2));
  expect(variables[1].idempotencyKey).toBe(variables[0].idempotencyKey);
});

it('shows a missing name beside the field instead of sending', async () => {
  const { client, variables } = capturingClient({ CampaignFormOptions: options, EligibilityFields: fields, CreateCampaign: created });
  const { container } = render(<TestProviders client={client}><CampaignForm onSaved={jest.fn()} /></TestProviders>);
  fireEvent.click(await screen.findByTestId('campaign-save'));
  // antd animates the help text in; the field is marked at once.
  await waitFor(() => expect(container.querySelector('.ant-form-item-has-error')).toHaveTextContent('活动名称'));
  expect(screen.getByTestId('campaign-name')).toHaveClass('ant-input-status-error');
  expect(variables).toHaveLength(0);
});

it('suggests kinds, channels and offers from the stored matrix and asks the server for the power, debounced', async () => {
  jest.useFakeTimers();
  try {
    const client = mockGraphQLClient({ CampaignFormOptions: options, EligibilityFields: fields, TreatmentMatrixRows: matrix, CampaignSampleSize: guidance });
    const sizes: Record<string, unknown>[] = [];
    const executeQuery = client.executeQuery.bind(client);
    client.executeQuery = ((request: { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
      if (request.query.definitions[0]?.name?.value === 'CampaignSampleSize') sizes.push(request.variables.input as Record<string, unknown>);
      return (executeQuery as (...args: unknown[]) => unknown)(request, ...rest);
    }) as unknown as typeof client.executeQuery;
    render(<TestProviders client={client}><CampaignForm onSaved={jest.fn()} /></TestProviders>);
    expect(await screen.findByTestId('power-guidance')).toHaveTextContent('选择目标细分后显示样本量建议');
    // The built-in segment select is an antd Select: choose CLASS_ORDINARY through its options.
    fireEvent.mouseDown(screen.getByTestId('target-segment').querySelector('input')!);
    fireEvent.click(await screen.findByTitle('普通中高端'));
    const suggestion = await screen.findByTestId('matrix-suggestion');
    expect(suggestion).toHaveTextContent('第3版');
    expect(screen.getByTestId('suggested-kinds')).toHaveTextContent('粘性业务推荐');
    expect(screen.getByTestId('suggested-channels')).toHaveTextContent('短信');
    expect(screen.getByTestId('suggested-offers')).toHaveTextContent('增值业务');
    fireEvent.click(screen.getByTestId('apply-channels'));
    expect(screen.getByTestId('campaign-channels').querySelectorAll('input:checked')).toHaveLength(2);

    fireEvent.change(screen.getByTestId('campaign-target-reduction').querySelector('input') ?? screen.getByTestId('campaign-target-reduction'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('campaign-control').querySelector('input') ?? screen.getByTestId('campaign-control'), { target: { value: '12' } });
    fireEvent.change(screen.getByTestId('campaign-control').querySelector('input') ?? screen.getByTestId('campaign-control'), { target: { value: '10' } });
    expect(sizes).toHaveLength(0);
    await act(async () => { jest.advanceTimersByTime(GUIDANCE_DEBOUNCE_MS + 10); });
    // One request for the settled values, not one per keystroke.
    await waitFor(() => expect(sizes).toHaveLength(1));
    expect(sizes[0]).toMatchObject({ targetSegmentKey: 'CLASS_ORDINARY', controlShare: 0.1, targetReduction: 0.02, expectedControlChurn: null });
    expect((sizes[0].branchCodes as string[]).length).toBe(21);
    expect(await screen.findByTestId('power-value')).toHaveTextContent('42.0%');
    expect(screen.getByTestId('power-smallest')).toHaveTextContent('23.5%');
    expect(screen.getByTestId('power-size')).toHaveTextContent('5,000');
  } finally {
    jest.useRealTimers();
  }
});
