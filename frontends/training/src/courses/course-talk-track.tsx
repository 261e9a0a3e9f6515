import { useState } from 'react';
import { Alert, Button, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { serverErrorMessage, useCan, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import { pct } from '../messages';

export const TalkTrackCampaignsQuery = graphql(`
  query TalkTrackCampaigns {
    talkTrackCampaigns { id name status level ownerBranchCode startDate endDate }
  }
`);

export const CourseTalkTrackQuery = graphql(`
  query CourseTalkTrack($id: ID!) {
    course(id: $id) {
      id version campaignId
      linkedCampaign { id name status startDate endDate training { staff trained coverage branches { branchCode staff trained coverage } } }
    }
  }
`);

export const LinkTalkTrackMutation = graphql(`
  mutation LinkTalkTrackCourse($courseId: ID!, $version: Int!, $campaignId: ID) {
    linkTalkTrackCourse(courseId: $courseId, version: $version, campaignId: $campaignId) { id version campaignId linkedCampaign { id name status } }
  }
`);

const REFRESH = { additionalTypenames: ['Course', 'Enrollment'] };

/**
 * A course's link to a published campaign as its talk-track training (seed 004), and how many
 * of each branch's front-line staff have been trained on it. Trainers and province planners
 * change the link; everyone who reads training sees it.
 */
export function CourseTalkTrack({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation();
  const { branch, label } = useLabels();
  const mayLink = useCan(Capability.TALK_TRACK_LINK);
  const [{ data }] = useQuery({ query: CourseTalkTrackQuery, variables: { id: courseId }, context: REFRESH });
  const [campaigns] = useQuery({ query: TalkTrackCampaignsQuery, pause: !mayLink });
  const [linked, link] = useMutation(LinkTalkTrackMutation);
  const [choice, setChoice] = useState<string | null | undefined>(undefined);
  const course = data?.course;
  const campaign = course?.linkedCampaign;
  const selected = choice === undefined ? (course?.campaignId ?? null) : choice;
  const options = (campaigns.data?.talkTrackCampaigns ?? [])
    .filter((c) => c.status === 'PUBLISHED' || c.id === course?.campaignId)
    .map((c) => ({ value: c.id, label: `${c.name} · ${label('campaignStatus', c.status)}${c.startDate ? ` · ${c.startDate}` : ''}` }));
  const save = async () => {
    if (!course) return;
    const result = await link({ courseId: course.id, version: course.version, campaignId: selected }, REFRESH);
    if (!result.error) setChoice(undefined);
  };
  const training = campaign?.training;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`course-talk-track-${courseId}`}>
      <Typography.Text strong>{t('training:talkTrack.title')}</Typography.Text>
      {campaign ? (
        <Space wrap>
          <Tag color="purple">{campaign.name}</Tag>
          <Tag>{label('campaignStatus', campaign.status)}</Tag>
          {campaign.startDate && <Typography.Text type="secondary">{`${campaign.startDate} ~ ${campaign.endDate ?? ''}`}</Typography.Text>}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('training:talkTrack.none')}</Typography.Text>
      )}
      {mayLink && course && (
        <Space wrap>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 420 }}
            placeholder={t('training:talkTrack.choose')}
            aria-label={t('training:talkTrack.choose')}
            value={selected ?? undefined}
            onChange={(v?: string) => setChoice(v ?? null)}
            options={options}
          />
          <Button type="primary" disabled={selected === (course.campaignId ?? null)} loading={linked.fetching} onClick={() => void save()}>
            {selected ? t('training:talkTrack.link') : t('training:talkTrack.unlink')}
          </Button>
        </Space>
      )}
      {linked.error && <Alert type="error" showIcon message={serverErrorMessage(linked.error, i18n.language)} />}
      {training && training.staff > 0 && (
        <>
          <Space>
            <span>{t('training:talkTrack.trained', { trained: training.trained, staff: training.staff })}</span>
            <Progress style={{ width: 200 }} size="small" percent={Math.round((training.coverage ?? 0) * 100)} />
          </Space>
          <Table
            size="small"
            rowKey="branchCode"
            pagination={false}
            scroll={{ y: 240 }}
            dataSource={training.branches}
            columns={[
              { title: t('training:col.branch'), key: 'b', render: (_, r) => branch(r.branchCode) },
              { title: t('training:col.staff'), dataIndex: 'staff' },
              { title: t('training:col.trained'), dataIndex: 'trained' },
              { title: t('training:col.coverage'), key: 'c', render: (_, r) => pct(r.coverage) },
            ]}
          />
        </>
      )}
    </Space>
  );
}
