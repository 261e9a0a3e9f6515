import { lazy, Suspense } from 'react';
import { Badge, Button, Card, Col, Row, Spin, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useResolvedPath } from 'react-router-dom';
import { useQuery } from 'urql';
import { CampaignTable, DoNotContactManager } from '@retention/campaign-views';
import { Capability } from '@retention/domain';
import { QueryState, sortByBranch, useCan } from '@retention/ui';
import { graphql } from '../gql';
import './policy-messages';

// Opened from a tab: not part of the policy desk's first load (B6).
const TreatmentMatrixPage = lazy(() => import('./treatment-matrix-page').then((m) => ({ default: m.TreatmentMatrixPage })));
const RevealLogPage = lazy(() => import('./reveal-log-page').then((m) => ({ default: m.RevealLogPage })));

export const PolicyOverviewQuery = graphql(`
  query PolicyOverview {
    branches { code name nameEn subscriberCount campaignCount }
    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }
  }
`);

/** Where the policy pages live below the app's base path: the desk at /province/policy, campaigns at /province/campaigns/…. */
export function usePolicyPaths() {
  const prefix = useResolvedPath('').pathname.replace(/\/(policy|campaigns(\/.*)?)$/, '');
  return {
    home: `${prefix}/policy`,
    campaign: (id: string) => `${prefix}/campaigns/${id}`,
    edit: (id: string) => `${prefix}/campaigns/${id}/edit`,
    create: `${prefix}/campaigns/new`,
  };
}

/**
 * The province's policy desk: every campaign with filters, the approval queue for planners
 * who approve, and the branches at a glance (customers and campaigns, from two subgraphs).
 */
export function PolicyPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const paths = usePolicyPaths();
  const canAuthor = useCan(Capability.CAMPAIGN_AUTHOR);
  const canApprove = useCan(Capability.CAMPAIGN_APPROVE);
  const canManageDnc = useCan(Capability.DO_NOT_CONTACT_MANAGE);
  const canAuditReveals = useCan(Capability.MSISDN_AUDIT_READ);
  const [{ data, fetching, error }] = useQuery({ query: PolicyOverviewQuery });
  const pending = (data?.campaigns ?? []).filter((c) => c.status === 'PENDING_APPROVAL').length;
  const localName = (b: { name: string; nameEn: string }) => (i18n.language === 'en' ? b.nameEn : b.name);
  const open = (id: string) => navigate(paths.campaign(id));
  const newButton = canAuthor ? <Button type="primary" onClick={() => navigate(paths.create)} data-testid="new-campaign">{t('province:policy.new')}</Button> : null;
  return (
    <Row gutter={16}>
      <Col xs={24} xxl={17}>
        <Card size="small">
          <Tabs
            items={[
              {
                key: 'all', label: t('province:campaigns'),
                children: <CampaignTable onOpen={open} toolbar={newButton} emptyText={t(canAuthor ? 'province:policy.emptyAuthor' : 'province:policy.empty')} />,
              },
              ...(canApprove
                ? [{
                  key: 'approvals', label: <Badge count={pending} size="small" offset={[8, -2]}><span data-testid="approvals-tab">{t('province:policy.approvals')}</span></Badge>,
                  children: <CampaignTable onOpen={open} statuses={['PENDING_APPROVAL']} emptyText={t('province:policy.noApprovals')} testId="approval-queue" />,
                }]
                : []),
              ...(canManageDnc ? [{ key: 'dnc', label: t('province:policy.dnc'), children: <DoNotContactManager /> }] : []),
              { key: 'matrix', label: <span data-testid="matrix-tab">{t('policy:tabs.matrix')}</span>, children: <Suspense fallback={<Spin />}><TreatmentMatrixPage /></Suspense> },
              ...(canAuditReveals ? [{ key: 'reveals', label: <span data-testid="reveals-tab">{t('policy:tabs.reveals')}</span>, children: <Suspense fallback={<Spin />}><RevealLogPage /></Suspense> }] : []),
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xxl={7}>
        <Card title={t('province:branches')} size="small">
          <QueryState fetching={fetching} error={error} empty={!data}>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              scroll={{ y: 520 }}
              dataSource={sortByBranch(data?.branches ?? [], (b) => b.code)}
              columns={[
                { title: t('province:col.code'), dataIndex: 'code', width: 70 },
                { title: t('province:col.branch'), key: 'name', render: (_, b) => localName(b) },
                { title: t('province:col.subscribers'), dataIndex: 'subscriberCount', align: 'right', render: (n: number) => n.toLocaleString() },
                { title: t('province:col.campaigns'), dataIndex: 'campaignCount', align: 'right' },
              ]}
            />
          </QueryState>
        </Card>
      </Col>
    </Row>
  );
}
