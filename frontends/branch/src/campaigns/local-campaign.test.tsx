import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type {
  CampaignDetailQuery, CampaignFormOptionsQuery, CampaignListQuery, CampaignSampleSizeQuery, CreateCampaignMutation, EligibilityFieldsQuery, SubmitCampaignMutation, TreatmentMatrixRowsQuery,
} from '@retention/campaign-views/src/gql/graphql';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { CampaignsRoutes } from './campaigns-page';
import '../messages';

jest.mock('@retention/segment-views/src/chart', () => ({ Chart: () => null }));
jest.setTimeout(240000);
const slow = { timeout: 30000 };

const options: CampaignFormOptionsQuery = { builtInSegments: ['CLASS_ORDINARY'], segmentDefinitions: [], segmentMonths: { latest: '2026-10' } };
const fields: EligibilityFieldsQuery = { ruleFields: [] };
const matrix: TreatmentMatrixRowsQuery = { treatmentMatrix: [] };
const guidance: CampaignSampleSizeQuery = { campaignSampleSize: { listSize: 0, expectedControlChurn: null, controlShare: 0.1, controlSize: 0, power: null, smallestShareFor80: null } };
const list: CampaignListQuery = { campaigns: [] };
const created: CreateCampaignMutation = { createCampaign: { id: 'local1', version: 1, status: 'DRAFT' } };
const detail: CampaignDetailQuery = {
  campaign: {
    id: 'local1', name: '成都网龄回馈', kind: 'TENURE', level: 'BRANCH', status: 'DRAFT', version: 1, description: '', ownerBranchCode: 'CD', executingBranchCodes: ['CD'],
    targetSegmentKey: null, targetSegmentId: null, targetRule: null, eligibilityRule: null, offerTiers: [], channels: ['PHONE_MANAGER'], talkTrack: '感谢您多年来对成都移动的支持……',
    startDate: null, endDate: null, budget: null, controlShare: 0.1, priorityWeight: 1, targetUptake: null, targetChurnReduction: null, birthdayInWindow: false, planPaths: [],
    reviewComment: null, createdBy: 'cd.planner', createdAt: '2026-11-03T02:00:00Z', updatedAt: '2026-11-03T02:00:00Z', submittedAt: null, publishedAt: null, closedAt: null,
    audit: [{ id: 'a1', actor: 'cd.planner', at: '2026-11-03T02:00:00Z', action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', comment: null, changes: [] }],
  },
};
const submitted: SubmitCampaignMutation = { submitCampaign: { id: 'local1', status: 'PENDING_APPROVAL', version: 2 } };

function capturingClient(responses: Record<string, unknown>) {
  const client = mockGraphQLClient(responses);
  const mutations: { name: string; variables: Record<string, unknown> }[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
    mutations.push({ name: request.query.definitions[0]?.name?.value ?? '', variables: request.variables });
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as unknown as typeof client.executeMutation;
  return { client, mutations };
}

function Where() {
  return <span data-testid="where">{useLocation().pathname}</span>;
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: 'p1', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('lets a branch planner author a local (BRANCH) campaign for their own branch and submit it', async () => {
  const { client, mutations } = capturingClient({
    CampaignList: list, CampaignFormOptions: options, EligibilityFields: fields, TreatmentMatrixRows: matrix, CampaignSampleSize: guidance, CreateCampaign: created, CampaignDetail: detail, SubmitCampaign: submitted,
  });
  render(
    <TestProviders client={client}>
      <MemoryRouter initialEntries={['/campaigns']} future={{ v7_startTransition: true }}>
        <Routes><Route path="/campaigns/*" element={<CampaignsRoutes />} /></Routes>
        <Where />
      </MemoryRouter>
    </TestProviders>,
  );
  fireEvent.click(await screen.findByTestId('new-local-campaign', {}, slow));
  const form = await screen.findByTestId('campaign-form', {}, slow);
  expect(screen.getByTestId('where')).toHaveTextContent('/campaigns/new');
  // A local campaign: level BRANCH for the planner's own branch, no choice of executing branches.
  expect(screen.getByTestId('campaign-level')).toHaveTextContent('分公司');
  expect(form).toHaveTextContent('成都');
  expect(screen.queryByTestId('campaign-branches')).toBeNull();
  fireEvent.change(screen.getByTestId('campaign-name'), { target: { value: '成都网龄回馈' } });
  fireEvent.change(screen.getByTestId('campaign-talk-track'), { target: { value: '感谢您多年来对成都移动的支持……' } });
  fireEvent.click(screen.getByTestId('campaign-save'));
  await waitFor(() => expect(mutations.map((m) => m.name)).toContain('CreateCampaign'), slow);
  const input = mutations.find((m) => m.name === 'CreateCampaign')!.variables.input as Record<string, unknown>;
  expect(input).toMatchObject({ name: '成都网龄回馈', level: 'BRANCH', executingBranchCodes: ['CD'], talkTrack: '感谢您多年来对成都移动的支持……', controlShare: 0.1 });

  // Saved: the campaign's page, where its author edits and submits it for approval.
  await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/campaigns/local1'), slow);
  expect(await screen.findByTestId('campaign-title', {}, slow)).toHaveTextContent('成都网龄回馈');
  expect(screen.getByTestId('campaign-edit')).toBeInTheDocument();
  expect(screen.getByTestId('audit-journal')).toHaveTextContent('cd.planner');
  fireEvent.click(screen.getByTestId('campaign-submit'));
  await waitFor(() => expect(mutations).toContainEqual({ name: 'SubmitCampaign', variables: { id: 'local1', version: 1 } }), slow);
  // The branch may not approve its own campaign: no approval actions.
  expect(screen.queryByTestId('campaign-approve')).toBeNull();
});
