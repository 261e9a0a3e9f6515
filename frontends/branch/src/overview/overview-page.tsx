import { Alert, Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { QueryState, useCan, useLabels, useSession } from '@retention/ui';
import { CustomerSearch } from '../customers/customer-search';
import { graphql } from '../gql';
import type { CampaignKind, CampaignLevel, CampaignStatus, EvaluationStatus } from '../gql/graphql';

// One query per panel, each asked only when the role may read it (GRANTS): a phone manager
// reads campaigns but neither segment figures nor evaluation reports, and a refused panel
// would otherwise take the whole page down with it.
export const BranchCampaignsQuery = graphql(`
  query BranchCampaigns {
    campaigns { id name kind level status }
  }
`);

export const BranchFiguresQuery = graphql(`
  query BranchFigures {
    me { id branch { code subscriberCount } }
  }
`);

export const BranchReportsQuery = graphql(`
  query BranchReports {
    evaluationReports { id status updatedAt campaign { id name } }
  }
`);

function CampaignsPanel() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: BranchCampaignsQuery });
  return (
    <Card title={t('branch:campaignList')} size="small" style={{ marginBottom: 16 }} data-testid="panel-campaigns">
      <QueryState fetching={fetching} error={error} empty={!data?.campaigns.length} emptyText={t('branch:noCampaigns')}>
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 10 }}
          dataSource={data?.campaigns ?? []}
          columns={[
            { title: t('branch:col.name'), dataIndex: 'name' },
            { title: t('branch:col.kind'), dataIndex: 'kind', render: (k: CampaignKind) => label('campaignKind', k) },
            { title: t('branch:col.level'), dataIndex: 'level', render: (l: CampaignLevel) => label('campaignLevel', l) },
            { title: t('branch:col.status'), dataIndex: 'status', render: (s: CampaignStatus) => <Tag>{label('campaignStatus', s)}</Tag> },
          ]}
        />
      </QueryState>
    </Card>
  );
}

function FiguresPanel({ campaigns }: { campaigns: number | null }) {
  const { t } = useTranslation();
  const canReadSegments = useCan(Capability.SEGMENT_READ);
  const [{ data, fetching, error }] = useQuery({ query: BranchFiguresQuery, pause: !canReadSegments });
  return (
    <Row gutter={16} style={{ marginBottom: 16 }} data-testid="panel-figures">
      {canReadSegments && (
        <Col span={6}>
          <Card size="small">
            <QueryState fetching={fetching} error={error} empty={!data}>
              <Statistic title={t('branch:subscribers')} value={data?.me.branch?.subscriberCount ?? 0} />
            </QueryState>
          </Card>
        </Col>
      )}
      <Col span={6}>
        <Card size="small"><Statistic title={t('branch:campaigns')} value={campaigns ?? 0} loading={campaigns === null} /></Card>
      </Col>
    </Row>
  );
}

function ReportsPanel() {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: BranchReportsQuery });
  return (
    <Card title={t('branch:reports')} size="small" data-testid="panel-reports">
      <QueryState fetching={fetching} error={error} empty={!data?.evaluationReports.length} emptyText={t('branch:noReports')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.evaluationReports ?? []}
          columns={[
            { title: t('branch:col.campaign'), key: 'campaign', render: (_, r) => r.campaign?.name ?? '—' },
            { title: t('branch:col.status'), dataIndex: 'status', render: (s: EvaluationStatus) => <Tag>{label('evaluationStatus', s)}</Tag> },
            { title: t('branch:col.updated'), dataIndex: 'updatedAt', render: (d: string) => new Date(d).toLocaleDateString(i18n.language) },
          ]}
        />
      </QueryState>
    </Card>
  );
}

/**
 * A branch's own view: its figures, the campaigns it executes, its evaluation reports — each
 * panel only for a role that may read it. The campaign count is the length of the list
 * shown below it, so the two never disagree.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canSearch = useCan(Capability.CUSTOMER_SEARCH);
  const canReadReports = useCan(Capability.REPORT_READ);
  const canReadSegments = useCan(Capability.SEGMENT_READ);
  const [campaigns] = useQuery({ query: BranchCampaignsQuery });
  return (
    <div data-testid="branch-overview">
      <FiguresPanel campaigns={campaigns.data ? campaigns.data.campaigns.length : null} />
      {!canReadSegments && user && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('branch:phoneManagerHint')} data-testid="phone-manager-hint" />
      )}
      <CampaignsPanel />
      {canSearch && (
        <div style={{ marginBottom: 16 }}>
          <CustomerSearch />
        </div>
      )}
      {canReadReports && <ReportsPanel />}
    </div>
  );
}
