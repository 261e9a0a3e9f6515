import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Progress, Space, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useJobProgress } from '@retention/client';
import { CampaignJobQuery, ExecutionOverview, ListFunnel, newIdempotencyKey } from '@retention/campaign-views';
import { Capability } from '@retention/domain';
import { QueryState, serverErrorMessage, useCan, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import { DispatchPanel } from './dispatch-panel';
import { MemberTable } from './member-table';

export const BranchTargetListQuery = graphql(`
  query BranchTargetList($id: ID!, $branchCode: String!) {
    campaign(id: $id) {
      id status startDate endDate
      targetList(branchCode: $branchCode) {
        branchCode month status segmentSize eligible controlSize treatedSize builds firstBuiltAt builtAt dispatchedAt jobId
        suppressed { reason count }
        strata { retentionClass size control treated }
      }
    }
  }
`);

const BuildTargetListMutation = graphql(`
  mutation BuildTargetList($campaignId: ID!, $branchCode: String!, $idempotencyKey: String) {
    buildTargetList(campaignId: $campaignId, branchCode: $branchCode, idempotencyKey: $idempotencyKey) { id status progress phase }
  }
`);

/**
 * One branch's list of a published campaign: build (or top up) in the background with a
 * progress bar, then the funnel, strata, members, dispatch and execution so far.
 */
export function TargetListPanel({ campaignId, branchCode }: { campaignId: string; branchCode: string }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const canExecute = useCan(Capability.LIST_EXECUTE);
  const [{ data, fetching, error }, reload] = useQuery({ query: BranchTargetListQuery, variables: { id: campaignId, branchCode }, requestPolicy: 'cache-and-network' });
  const [built, build] = useMutation(BuildTargetListMutation);
  const [jobId, setJobId] = useState<string | null>(null);
  const list = data?.campaign.targetList ?? null;
  // A build that was running when the page opened is followed too.
  const followed = jobId ?? (list?.status === 'BUILDING' ? list.jobId ?? null : null);
  const { job, done, failed } = useJobProgress(CampaignJobQuery, followed, { select: (d) => d.campaignJob });
  useEffect(() => {
    if (done) reload({ requestPolicy: 'network-only' });
  }, [done, reload]);
  const published = data?.campaign.status === 'PUBLISHED';
  const running = Boolean(followed) && !done;
  const start = async () => {
    // A fresh key per click of the button: a double click builds once.
    const res = await build({ campaignId, branchCode, idempotencyKey: newIdempotencyKey() });
    if (res.data) setJobId(res.data.buildTargetList.id);
  };
  const buildLabel = !list || (list.status === 'FAILED' && !list.builtAt) ? 'branch:list.build' : list.dispatchedAt ? 'branch:list.topUp' : 'branch:list.rebuild';
  return (
    <Card size="small" title={t('branch:list.title')} data-testid="target-list-panel"
      extra={canExecute && published && (
        <Button type="primary" onClick={start} loading={built.fetching || running} data-testid="build-list">{t(buildLabel)}</Button>
      )}>
      <QueryState fetching={fetching} error={error} empty={!data}>
        {built.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={serverErrorMessage(built.error, i18n.language)} data-testid="build-error" />}
        {followed && job && (
          <div style={{ marginBottom: 12 }} data-testid="build-progress">
            <Progress percent={Math.round(job.progress * 100)} status={failed ? 'exception' : done ? 'success' : 'active'} format={(p) => `${p}% · ${label('jobStatus', job.status)}`} />
            {failed && <Alert type="error" showIcon message={t('branch:list.failed')} description={job.error} />}
          </div>
        )}
        {!list ? (
          <Empty description={published ? t(canExecute ? 'branch:list.emptyBuild' : 'branch:list.emptyWait') : t('branch:list.notPublished')} />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" column={{ xs: 1, md: 3, xl: 6 }} bordered>
              <Descriptions.Item label={t('branch:list.status')}><Tag data-testid="list-status">{label('targetListStatus', list.status)}</Tag></Descriptions.Item>
              <Descriptions.Item label={t('branch:list.month')}>{list.month ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('branch:list.treated')}><span data-testid="list-treated">{list.treatedSize.toLocaleString()}</span></Descriptions.Item>
              <Descriptions.Item label={t('branch:list.control')}><span data-testid="list-control">{list.controlSize.toLocaleString()}</span></Descriptions.Item>
              <Descriptions.Item label={t('branch:list.builds')}>{list.builds}</Descriptions.Item>
              <Descriptions.Item label={t('branch:list.builtAt')}>{list.builtAt ? new Date(list.builtAt).toLocaleString(i18n.language) : '—'}</Descriptions.Item>
            </Descriptions>
            {list.dispatchedAt && <Typography.Text type="secondary">{t('branch:list.topUpHelp')}</Typography.Text>}
            <Tabs
              items={[
                { key: 'funnel', label: t('branch:list.funnel'), children: <ListFunnel list={list} /> },
                { key: 'members', label: t('branch:list.members'), children: <MemberTable campaignId={campaignId} branchCode={branchCode} /> },
                ...(canExecute ? [{ key: 'dispatch', label: t('branch:list.dispatch'), children: <DispatchPanel campaignId={campaignId} branchCode={branchCode} treated={list.treatedSize} onDispatched={() => reload({ requestPolicy: 'network-only' })} /> }] : []),
                { key: 'execution', label: t('branch:list.execution'), children: <ExecutionOverview campaignId={campaignId} branchCode={branchCode} /> },
              ]}
            />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
