import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Input, Modal, Popconfirm, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { QueryState, serverErrorMessage, useCan, useLabels, useSession } from '@retention/ui';
import { AuditJournal } from './audit-journal';
import { AmendmentForm } from './campaign-form';
import { graphql } from './gql';
import type { CampaignDetailQuery as CampaignDetailData } from './gql/graphql';
import { newIdempotencyKey } from './idempotency';
import { TalkTrackTraining } from './talk-track-training';
import { formatPercent } from './percent';
import { STATUS_COLORS } from './campaign-status';
import './messages';

export const CampaignDetailQuery = graphql(`
  query CampaignDetail($id: ID!) {
    campaign(id: $id) {
      id name kind level status version description ownerBranchCode executingBranchCodes targetSegmentKey targetSegmentId targetRule eligibilityRule
      offerTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }
      channels talkTrack startDate endDate budget controlShare priorityWeight targetUptake targetChurnReduction birthdayInWindow
      planPaths { fromPlan toPlan }
      reviewComment createdBy createdAt updatedAt submittedAt publishedAt closedAt
      audit { id actor at action fromStatus toStatus comment changes { field from to } }
    }
  }
`);

const SubmitCampaignMutation = graphql(`
  mutation SubmitCampaign($id: ID!, $version: Int!) { submitCampaign(id: $id, version: $version) { id status version } }
`);
const ApproveCampaignMutation = graphql(`
  mutation ApproveCampaign($id: ID!, $comment: String) { approveCampaign(id: $id, comment: $comment) { id status version } }
`);
const ReturnCampaignMutation = graphql(`
  mutation ReturnCampaign($id: ID!, $comment: String!) { returnCampaign(id: $id, comment: $comment) { id status version reviewComment } }
`);
const CloseCampaignMutation = graphql(`
  mutation CloseCampaign($id: ID!) { closeCampaign(id: $id) { id status version } }
`);
const CloneCampaignMutation = graphql(`
  mutation CloneCampaign($id: ID!, $idempotencyKey: String) { cloneCampaign(id: $id, idempotencyKey: $idempotencyKey) { id status } }
`);

type Campaign = CampaignDetailData['campaign'];

/** May the signed-in user author this campaign: the province its own, a branch planner their local ones. */
export function useMayAuthor(campaign: { level: string; ownerBranchCode?: string | null } | undefined): boolean {
  const canAuthor = useCan(Capability.CAMPAIGN_AUTHOR);
  const branch = useSession().user?.branch?.code ?? null;
  if (!campaign || !canAuthor) return false;
  return branch ? campaign.level === 'BRANCH' && campaign.ownerBranchCode === branch : true;
}

export interface CampaignDetailProps {
  id: string;
  onEdit?: (id: string) => void;
  onCloned?: (id: string) => void;
  /** Extra content below the definition (the execution view, a branch's list). */
  children?: React.ReactNode;
}

/** A campaign's definition, its lifecycle actions for the roles that may take them, and its audit journal. */
export function CampaignDetail({ id, onEdit, onCloned, children }: CampaignDetailProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CampaignDetailQuery, variables: { id } });
  const c = data?.campaign;
  return (
    <QueryState fetching={fetching} error={error} empty={!c}>
      {c && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="campaign-detail">
          <CampaignHeader campaign={c} onEdit={onEdit} onCloned={onCloned} />
          <TalkTrackTraining campaignId={c.id} status={c.status} />
          {children}
          <Card size="small" title={t('campaigns:audit.title')}>
            <AuditJournal entries={c.audit} />
          </Card>
        </Space>
      )}
    </QueryState>
  );
}

function CampaignHeader({ campaign: c, onEdit, onCloned }: { campaign: Campaign; onEdit?: (id: string) => void; onCloned?: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { label, branch } = useLabels();
  const mayAuthor = useMayAuthor(c);
  const canApprove = useCan(Capability.CAMPAIGN_APPROVE);
  const [submitted, submit] = useMutation(SubmitCampaignMutation);
  const [approved, approve] = useMutation(ApproveCampaignMutation);
  const [returned, sendBack] = useMutation(ReturnCampaignMutation);
  const [closed, close] = useMutation(CloseCampaignMutation);
  const [cloned, clone] = useMutation(CloneCampaignMutation);
  const [review, setReview] = useState<'approve' | 'return' | null>(null);
  const [comment, setComment] = useState('');
  const [amending, setAmending] = useState(false);
  const [cloneKey] = useState(() => newIdempotencyKey());
  const error = submitted.error ?? approved.error ?? returned.error ?? closed.error ?? cloned.error;
  const talkTrackMissing = !c.talkTrack.trim();
  const branchesText = c.executingBranchCodes.length >= 21 ? t('campaigns:allBranches') : c.executingBranchCodes.map((b) => branch(b)).join('、');
  const money = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toLocaleString()} ${t('campaigns:yuan')}`);

  const actions = (
    <Space wrap>
      {mayAuthor && c.status === 'DRAFT' && onEdit && <Button onClick={() => onEdit(c.id)} data-testid="campaign-edit">{t('campaigns:action.edit')}</Button>}
      {mayAuthor && c.status === 'DRAFT' && (
        <Button type="primary" disabled={talkTrackMissing} loading={submitted.fetching} data-testid="campaign-submit" title={talkTrackMissing ? t('campaigns:form.talkTrackRequired') : undefined}
          onClick={async () => { const res = await submit({ id: c.id, version: c.version }); if (res.data) void message.success(t('campaigns:action.submitted')); }}>
          {t('campaigns:action.submit')}
        </Button>
      )}
      {canApprove && c.status === 'PENDING_APPROVAL' && (
        <>
          <Button type="primary" onClick={() => { setComment(''); setReview('approve'); }} data-testid="campaign-approve">{t('campaigns:action.approve')}</Button>
          <Button danger onClick={() => { setComment(''); setReview('return'); }} data-testid="campaign-return">{t('campaigns:action.return')}</Button>
        </>
      )}
      {mayAuthor && c.status === 'PUBLISHED' && <Button onClick={() => setAmending(true)} data-testid="campaign-amend">{t('campaigns:action.amend')}</Button>}
      {mayAuthor && c.status === 'PUBLISHED' && (
        <Popconfirm title={t('campaigns:action.closeConfirm')} onConfirm={async () => { await close({ id: c.id }); }} okText={t('campaigns:action.close')} cancelText={t('campaigns:form.cancel')}>
          <Button danger loading={closed.fetching} data-testid="campaign-close">{t('campaigns:action.close')}</Button>
        </Popconfirm>
      )}
      {mayAuthor && (
        <Button loading={cloned.fetching} data-testid="campaign-clone"
          onClick={async () => { const res = await clone({ id: c.id, idempotencyKey: cloneKey }); if (res.data) { void message.success(t('campaigns:action.cloned')); onCloned?.(res.data.cloneCampaign.id); } }}>
          {t('campaigns:action.clone')}
        </Button>
      )}
    </Space>
  );

  return (
    <Card
      size="small"
      title={<Space><span data-testid="campaign-title">{c.name}</span><Tag color={STATUS_COLORS[c.status]} data-testid="campaign-status">{label('campaignStatus', c.status)}</Tag><Typography.Text type="secondary">v{c.version}</Typography.Text></Space>}
      extra={actions}
    >
      {error && <Alert type="error" showIcon message={serverErrorMessage(error, i18n.language)} style={{ marginBottom: 12 }} data-testid="campaign-action-error" />}
      {c.status === 'DRAFT' && c.reviewComment && <Alert type="warning" showIcon message={t('campaigns:returnedWith')} description={c.reviewComment} style={{ marginBottom: 12 }} data-testid="review-comment" />}
      {mayAuthor && c.status === 'DRAFT' && talkTrackMissing && <Alert type="info" showIcon message={t('campaigns:form.talkTrackRequired')} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('campaigns:field.kind')}>{label('campaignKind', c.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.level')}>{label('campaignLevel', c.level)}{c.ownerBranchCode ? ` · ${branch(c.ownerBranchCode)}` : ''}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.executingBranches')}>{branchesText}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.targetSegment')}>{c.targetSegmentKey ? label('segmentKey', c.targetSegmentKey) : c.targetSegmentId ? t('campaigns:savedSegment') : '—'}{c.targetRule ? <Tag style={{ marginLeft: 8 }}>{t('campaigns:frozen')}</Tag> : null}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.eligibilityRule')}>{c.eligibilityRule ? <Typography.Text code>{JSON.stringify(c.eligibilityRule).slice(0, 120)}</Typography.Text> : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.channels')}>{c.channels.map((ch) => <Tag key={ch}>{label('channel', ch)}</Tag>)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.window')}>{c.startDate ?? '—'} ~ {c.endDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.budget')}>{money(c.budget)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.controlShare')}>{formatPercent(c.controlShare)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.priorityWeight')}>{c.priorityWeight}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.targetUptake')}>{formatPercent(c.targetUptake)}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.targetChurnReduction')}>{formatPercent(c.targetChurnReduction)}</Descriptions.Item>
        {c.kind === 'CARE' && <Descriptions.Item label={t('campaigns:field.birthdayInWindow')}>{c.birthdayInWindow ? t('campaigns:yes') : t('campaigns:no')}</Descriptions.Item>}
        {c.kind === 'PLAN_MIGRATION' && <Descriptions.Item label={t('campaigns:field.planPaths')}>{c.planPaths.map((p) => `${label('plan', p.fromPlan)} → ${label('plan', p.toPlan)}`).join('；') || '—'}</Descriptions.Item>}
        <Descriptions.Item label={t('campaigns:field.createdBy')}>{c.createdBy} · {new Date(c.createdAt).toLocaleString(i18n.language)}</Descriptions.Item>
        {c.publishedAt && <Descriptions.Item label={t('campaigns:field.publishedAt')}>{new Date(c.publishedAt).toLocaleString(i18n.language)}</Descriptions.Item>}
        <Descriptions.Item label={t('campaigns:field.description')} span={3}>{c.description || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns:field.talkTrack')} span={3}><Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="campaign-talk-track-text">{c.talkTrack || '—'}</Typography.Paragraph></Descriptions.Item>
      </Descriptions>
      <OfferTiersTable tiers={c.offerTiers} />

      <Modal open={review !== null} title={t(review === 'return' ? 'campaigns:action.return' : 'campaigns:action.approve')} okText={t(review === 'return' ? 'campaigns:action.return' : 'campaigns:action.approve')}
        cancelText={t('campaigns:form.cancel')} okButtonProps={{ disabled: review === 'return' && !comment.trim(), danger: review === 'return', loading: approved.fetching || returned.fetching, id: 'review-ok' }}
        onCancel={() => setReview(null)}
        onOk={async () => {
          const res = review === 'return' ? await sendBack({ id: c.id, comment: comment.trim() }) : await approve({ id: c.id, comment: comment.trim() || null });
          if (!res.error) { setReview(null); void message.success(t(review === 'return' ? 'campaigns:action.returned' : 'campaigns:action.approved')); }
        }}>
        <Typography.Paragraph type="secondary">{t(review === 'return' ? 'campaigns:review.returnHelp' : 'campaigns:review.approveHelp')}</Typography.Paragraph>
        <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="review-comment-input" placeholder={t('campaigns:review.comment')} />
        {review === 'return' && !comment.trim() && <Typography.Text type="danger">{t('campaigns:review.commentRequired')}</Typography.Text>}
        {(approved.error ?? returned.error) && <Alert type="error" showIcon style={{ marginTop: 8 }} message={serverErrorMessage(approved.error ?? returned.error, i18n.language)} />}
      </Modal>
      <Modal open={amending} title={t('campaigns:action.amend')} footer={null} onCancel={() => setAmending(false)} destroyOnClose>
        <AmendmentForm campaign={c} onDone={() => { setAmending(false); void message.success(t('campaigns:amend.saved')); }} />
      </Modal>
    </Card>
  );
}

/** The offer tiers of a campaign (also on the phone manager's card, where only the qualifying ones show). */
export function OfferTiersTable({ tiers, title }: { tiers: CampaignDetailData['campaign']['offerTiers']; title?: string }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const range = (min?: number | null, max?: number | null) => (min === null || min === undefined) && (max === null || max === undefined) ? t('campaigns:tier.anyTenure') : `${min ?? 0} ~ ${max ?? '∞'}`;
  return (
    <Table
      size="small" rowKey="code" pagination={false} style={{ marginTop: 12 }} data-testid="offer-tiers-table"
      title={() => title ?? t('campaigns:field.offerTiers')}
      dataSource={tiers}
      locale={{ emptyText: t('campaigns:form.noTiers') }}
      columns={[
        { title: t('campaigns:tier.code'), dataIndex: 'code' },
        { title: t('campaigns:tier.name'), dataIndex: 'name' },
        { title: t('campaigns:tier.offerKind'), dataIndex: 'offerKind', render: (k: string) => label('offerKind', k) },
        { title: t('campaigns:tier.deposit'), dataIndex: 'deposit', align: 'right', render: (v: number | null) => v ?? '—' },
        { title: t('campaigns:tier.gift'), dataIndex: 'gift', align: 'right', render: (v: number | null) => v ?? '—' },
        { title: t('campaigns:tier.months'), dataIndex: 'months', align: 'right', render: (v: number | null) => v ?? '—' },
        { title: t('campaigns:tier.subsidy'), dataIndex: 'subsidyShare', align: 'right', render: (v: number | null) => formatPercent(v, 0) },
        { title: t('campaigns:tier.cost'), dataIndex: 'costPerAcceptance', align: 'right' },
        { title: t('campaigns:tier.tenure'), key: 'tenure', render: (_, r) => range(r.tenureMinMonths, r.tenureMaxMonths) },
        { title: t('campaigns:tier.trial'), dataIndex: 'trialMonths', align: 'right' },
      ]}
    />
  );
}
