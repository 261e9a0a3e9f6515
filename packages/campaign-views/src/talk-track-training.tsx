import { useState } from 'react';
import { Alert, Button, Card, Col, Empty, Progress, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { registerMessages, serverErrorMessage, sortByBranch, useCan, useLabels, useSession } from '@retention/ui';
import { graphql } from './gql';
import './messages';

registerMessages('talkTrack', {
  'zh-CN': {
    title: '必说话术培训（种子 004：活动执行前必须完成话术培训）',
    trained: '已培训', staff: '一线人员', coverage: '培训覆盖率', courses: '话术培训课程', noCourse: '该活动尚未关联话术培训课程',
    allBranches: '全部执行分公司', branch: '分公司', chooseBranch: '选择分公司',
    help: '一线人员 = 话术课程培训对象岗位的在岗人员；已培训 = 至少出席一场该课程（仅报名不算）。',
    link: '关联课程', chooseCourse: '选择要关联为本活动话术培训的课程', linked: '已关联', notPublished: '只有已发布的活动可以关联话术培训课程',
  },
  en: {
    title: 'Talk-track training (seed 004: the mandatory talk track is trained before the campaign runs)',
    trained: 'Trained', staff: 'Front-line staff', coverage: 'Training coverage', courses: 'Talk-track courses', noCourse: 'No talk-track course is linked to this campaign yet',
    allBranches: 'All executing branches', branch: 'Branch', chooseBranch: 'Choose a branch',
    help: 'Front-line staff = active staff of the courses’ audience roles; trained = attended at least one session of such a course (registering is not enough).',
    link: 'Link the course', chooseCourse: 'Choose a course to link as this campaign’s talk-track training', linked: 'Linked', notPublished: 'Only published campaigns take a talk-track course',
  },
});

export const CampaignTalkTrackQuery = graphql(`
  query CampaignTalkTrack($id: ID!, $branchCode: String) {
    campaign(id: $id) {
      id status executingBranchCodes
      talkTrackTraining(branchCode: $branchCode) {
        staff trained coverage
        courses { id code title audienceRoles }
        branches { branchCode staff trained coverage }
      }
    }
  }
`);

export const TalkTrackCourseOptionsQuery = graphql(`
  query TalkTrackCourseOptions {
    courses { id code title category version campaignId }
  }
`);

export const LinkCampaignTalkTrackMutation = graphql(`
  mutation LinkCampaignTalkTrack($courseId: ID!, $version: Int!, $campaignId: ID) {
    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId }
  }
`);

const REFRESH = { additionalTypenames: ['Course', 'Enrollment'] };
const SHOWN = ['PUBLISHED', 'CLOSED', 'EVALUATED'];

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/**
 * How many of the branch's front-line staff have been trained on the campaign's mandatory
 * talk track: trained / staff, coverage with a progress bar and the linked courses. A branch
 * user sees their own branch; the province every executing branch, or one it chooses.
 * Province planners link a course here (trainers do it from the training app).
 */
export function TalkTrackTraining({ campaignId, status, branchCode }: { campaignId: string; status?: string; branchCode?: string }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const own = useSession().user?.branch?.code ?? undefined;
  const fixed = branchCode ?? own;
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = !status || SHOWN.includes(status);
  const [{ data, error }] = useQuery({ query: CampaignTalkTrackQuery, variables: { id: campaignId, branchCode: fixed ?? chosen }, pause: !shown, context: REFRESH });
  const mayLink = useCan(Capability.TALK_TRACK_LINK);
  const c = data?.campaign;
  const [courses] = useQuery({ query: TalkTrackCourseOptionsQuery, pause: !shown || !mayLink || c?.status !== 'PUBLISHED', context: REFRESH });
  const [linked, link] = useMutation(LinkCampaignTalkTrackMutation);
  const [courseId, setCourseId] = useState<string | null>(null);
  if (!shown || !c) return error ? <Alert type="error" showIcon message={serverErrorMessage(error, i18n.language)} /> : null;
  const training = c.talkTrackTraining;
  const executing = new Set(c.executingBranchCodes);
  const rows = sortByBranch(training.branches.filter((b) => executing.has(b.branchCode)), (b) => b.branchCode);
  const staff = fixed || chosen ? training.staff : rows.reduce((s, r) => s + r.staff, 0);
  const trained = fixed || chosen ? training.trained : rows.reduce((s, r) => s + r.trained, 0);
  const coverage = staff ? trained / staff : null;
  const linkedIds = new Set(training.courses.map((x) => x.id));
  const onLink = async () => {
    const course = courses.data?.courses.find((x) => x.id === courseId);
    if (!course) return;
    const result = await link({ courseId: course.id, version: course.version, campaignId }, REFRESH);
    if (!result.error) setCourseId(null);
  };
  return (
    <Card
      size="small"
      title={t('talkTrack:title')}
      data-testid="talk-track-training"
      extra={
        !fixed && (
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('talkTrack:allBranches')}
            aria-label={t('talkTrack:chooseBranch')}
            value={chosen ?? undefined}
            onChange={(v?: string) => setChosen(v ?? null)}
            options={sortByBranch([...executing], (code) => code).map((code) => ({ value: code, label: branch(code) }))}
          />
        )
      }
    >
      {training.courses.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('talkTrack:noCourse')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Row gutter={16} align="middle">
            <Col xs={12} md={5}><Statistic title={`${t('talkTrack:trained')} / ${t('talkTrack:staff')}`} value={`${trained} / ${staff}`} /></Col>
            <Col xs={12} md={5}><Statistic title={t('talkTrack:coverage')} value={percent(coverage)} /></Col>
            <Col xs={24} md={14}>
              <Progress percent={Math.round((coverage ?? 0) * 1000) / 10} status={coverage !== null && coverage >= 1 ? 'success' : 'active'} data-testid="talk-track-progress" />
            </Col>
          </Row>
          <div>
            <Typography.Text type="secondary">{`${t('talkTrack:courses')}：`}</Typography.Text>
            {training.courses.map((course) => <Tag key={course.id} color="purple">{`${course.title}（${course.code}）`}</Tag>)}
          </div>
          <Typography.Text type="secondary">{t('talkTrack:help')}</Typography.Text>
          {!fixed && !chosen && rows.length > 1 && (
            <Table
              size="small"
              rowKey="branchCode"
              pagination={false}
              scroll={{ y: 260 }}
              data-testid="talk-track-branches"
              dataSource={rows}
              columns={[
                { title: t('talkTrack:branch'), dataIndex: 'branchCode', render: (code: string) => branch(code) },
                { title: t('talkTrack:staff'), dataIndex: 'staff', align: 'right' },
                { title: t('talkTrack:trained'), dataIndex: 'trained', align: 'right' },
                { title: t('talkTrack:coverage'), key: 'coverage', render: (_, r) => <Progress size="small" percent={Math.round((r.coverage ?? 0) * 1000) / 10} /> },
              ]}
            />
          )}
        </Space>
      )}
      {mayLink && c.status === 'PUBLISHED' && (
        <Space wrap style={{ marginTop: 12 }}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 360 }}
            placeholder={t('talkTrack:chooseCourse')}
            aria-label={t('talkTrack:chooseCourse')}
            value={courseId ?? undefined}
            onChange={(v: string) => setCourseId(v)}
            options={(courses.data?.courses ?? []).filter((x) => !linkedIds.has(x.id)).map((x) => ({ value: x.id, label: `${x.title}（${x.code}）` }))}
          />
          <Button disabled={!courseId} loading={linked.fetching} onClick={() => void onLink()}>{t('talkTrack:link')}</Button>
        </Space>
      )}
      {linked.error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={serverErrorMessage(linked.error, i18n.language)} />}
    </Card>
  );
}
