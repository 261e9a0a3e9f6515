import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { CampaignTalkTrackQuery, TalkTrackCourseOptionsQuery } from './gql/graphql';
import { TalkTrackTraining } from './talk-track-training';

const board: CampaignTalkTrackQuery = {
  campaign: {
    id: 'camp1',
    status: 'PUBLISHED',
    executingBranchCodes: ['CD', 'GA'],
    talkTrackTraining: {
      staff: 60,
      trained: 45,
      coverage: 0.75,
      courses: [{ id: 'c9', code: 'TALK-TENURE', title: '网龄计划：营销必说话术', audienceRoles: ['PHONE_MANAGER', 'FRONT_DESK'] }],
      branches: [
        { branchCode: 'CD', staff: 40, trained: 36, coverage: 0.9 },
        { branchCode: 'GA', staff: 10, trained: 4, coverage: 0.4 },
        // Not executing the campaign: left out of the province's figures.
        { branchCode: 'ZG', staff: 10, trained: 5, coverage: 0.5 },
      ],
    },
  },
};
const courses: TalkTrackCourseOptionsQuery = {
  courses: [
    { id: 'c9', code: 'TALK-TENURE', title: '网龄计划：营销必说话术', category: 'TALK_TRACK', version: 2, campaignId: 'camp1' },
    { id: 'c3', code: 'FRONT-BASICS', title: '一线基础：业务、系统与保有', category: 'FRONT_LINE', version: 5, campaignId: null },
  ],
};

function client(data: CampaignTalkTrackQuery = board) {
  const mock = mockGraphQLClient({ CampaignTalkTrack: data, TalkTrackCourseOptions: courses, LinkCampaignTalkTrack: { linkTalkTrackCourse: { id: 'c3', version: 6, campaignId: 'camp1' } } });
  const variables: { name: string; variables: Record<string, unknown> }[] = [];
  for (const method of ['executeQuery', 'executeMutation'] as const) {
    const original = mock[method].bind(mock) as (...args: unknown[]) => unknown;
    (mock as unknown as Record<string, unknown>)[method] = (op: { query: { definitions: { kind: string; name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
      variables.push({ name: op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '', variables: op.variables });
      return original(op, ...rest);
    };
  }
  return Object.assign(mock, { variables });
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
});

it('shows the province trained / staff over the executing branches, per branch, with the linked course, and links another course', async () => {
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
  const c = client();
  render(<TestProviders client={c}><TalkTrackTraining campaignId="camp1" status="PUBLISHED" /></TestProviders>);
  const card = await screen.findByTestId('talk-track-training');
  // CD 36/40 + GA 4/10; ZG does not execute the campaign.
  expect(within(card).getByText('40 / 50')).toBeInTheDocument();
  expect(within(card).getByText('80.0%')).toBeInTheDocument();
  expect(within(card).getByText('网龄计划：营销必说话术（TALK-TENURE）')).toBeInTheDocument();
  const branches = within(card).getByTestId('talk-track-branches');
  expect(within(branches).getByText('成都')).toBeInTheDocument();
  expect(within(branches).queryByText('自贡')).not.toBeInTheDocument();
  fireEvent.mouseDown(within(card).getAllByLabelText('选择要关联为本活动话术培训的课程').find((el) => el.tagName === 'INPUT')!);
  fireEvent.click(await screen.findByTitle('一线基础：业务、系统与保有（FRONT-BASICS）'));
  fireEvent.click(within(card).getByText('关联课程'));
  await waitFor(() => expect(c.variables.find((v) => v.name === 'LinkCampaignTalkTrack')?.variables).toEqual({ courseId: 'c3', version: 5, campaignId: 'camp1' }));
}, 120_000);

it('shows a branch planner their own branch only, without linking', async () => {
  signInForTest({ id: '4', username: 'cd.planner', displayName: '成都策划', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
  const own: CampaignTalkTrackQuery = { campaign: { ...board.campaign, talkTrackTraining: { ...board.campaign.talkTrackTraining, staff: 40, trained: 36, coverage: 0.9, branches: [{ branchCode: 'CD', staff: 40, trained: 36, coverage: 0.9 }] } } };
  const c = client(own);
  render(<TestProviders client={c}><TalkTrackTraining campaignId="camp1" status="PUBLISHED" /></TestProviders>);
  const card = await screen.findByTestId('talk-track-training');
  expect(within(card).getByText('36 / 40')).toBeInTheDocument();
  expect(within(card).getByText('90.0%')).toBeInTheDocument();
  expect(c.variables.find((v) => v.name === 'CampaignTalkTrack')!.variables).toEqual({ id: 'camp1', branchCode: 'CD' });
  expect(within(card).queryAllByLabelText('选择要关联为本活动话术培训的课程')).toHaveLength(0);
  expect(within(card).queryByTestId('talk-track-branches')).not.toBeInTheDocument();
}, 120_000);

it('says when no course is linked, and shows nothing for a draft', async () => {
  signInForTest({ id: '4', username: 'cd.planner', displayName: '成都策划', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
  const none: CampaignTalkTrackQuery = { campaign: { ...board.campaign, talkTrackTraining: { staff: 0, trained: 0, coverage: null, courses: [], branches: [] } } };
  const { unmount } = render(<TestProviders client={client(none)}><TalkTrackTraining campaignId="camp1" status="PUBLISHED" /></TestProviders>);
  expect(await screen.findByText('该活动尚未关联话术培训课程')).toBeInTheDocument();
  unmount();
  const c = client();
  render(<TestProviders client={c}><TalkTrackTraining campaignId="camp1" status="DRAFT" /></TestProviders>);
  expect(screen.queryByTestId('talk-track-training')).not.toBeInTheDocument();
  expect(c.variables.some((v) => v.name === 'CampaignTalkTrack')).toBe(false);
}, 120_000);
