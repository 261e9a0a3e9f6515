import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Role } from '@retention/domain';
import { QueryState } from '@retention/ui';
import { useSession } from '@retention/ui';
import { CustomerSearch } from '../customers/customer-search';
import { graphql } from '../gql';
import type { CampaignKind, CampaignLevel, CampaignStatus, EvaluationStatus } from '../gql/graphql';

export const BranchOverviewQuery = graphql(`
  query BranchOverview {
    me { id branch { code name nameEn subscriberCount campaignCount } }
    campaigns { id name kind level status }
    evaluationReports { id status updatedAt campaign { id name } }
  }
`);

/** A branch's own view: its figures, the campaigns it executes, its evaluation reports. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: BranchOverviewQuery });
  const branch = data?.me.branch;
  // Phone managers reach customers through their tasks, not by searching the base.
  const canSearch = useSession().user?.role === Role.BRANCH_PLANNER;
  return (
    <div data-testid="branch-overview">
      <QueryState fetching={fetching} error={error} empty={!data}>
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}>
            <Card size="small"><Statistic title={t('branch:subscribers')} value={branch?.subscriberCount ?? 0} /></Card>
          </Col>
          <Col span={6}>
            <Card size="small"><Statistic title={t('branch:campaigns')} value={branch?.campaignCount ?? 0} /></Card>
          </Col>
        </Row>
        <Card title={t('branch:campaignList')} size="small" style={{ marginBottom: 16 }}>
          <Table
            rowKey="id"
            size="small"
            pagination={{ pageSize: 10 }}
            dataSource={data?.campaigns ?? []}
            columns={[
              { title: t('branch:col.name'), dataIndex: 'name' },
              { title: t('branch:col.kind'), dataIndex: 'kind', render: (k: CampaignKind) => t(`campaignKind.${k}`) },
              { title: t('branch:col.level'), dataIndex: 'level', render: (l: CampaignLevel) => t(`campaignLevel.${l}`) },
              { title: t('branch:col.status'), dataIndex: 'status', render: (s: CampaignStatus) => <Tag>{t(`campaignStatus.${s}`)}</Tag> },
            ]}
          />
        </Card>
        {canSearch && (
          <div style={{ marginBottom: 16 }}>
            <CustomerSearch />
          </div>
        )}
        <Card title={t('branch:reports')} size="small">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.evaluationReports ?? []}
            columns={[
              { title: t('branch:col.campaign'), key: 'campaign', render: (_, r) => r.campaign?.name ?? '—' },
              { title: t('branch:col.status'), dataIndex: 'status', render: (s: EvaluationStatus) => <Tag>{t(`evaluationStatus.${s}`)}</Tag> },
              { title: t('branch:col.updated'), dataIndex: 'updatedAt', render: (d: string) => new Date(d).toLocaleDateString(i18n.language) },
            ]}
          />
        </Card>
      </QueryState>
    </div>
  );
}
