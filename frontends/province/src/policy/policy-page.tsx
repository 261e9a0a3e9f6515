import { Card, Col, Row, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '@retention/ui';
import { graphql } from '../gql';
import type { CampaignKind, CampaignLevel, CampaignStatus } from '../gql/graphql';

export const PolicyOverviewQuery = graphql(`
  query PolicyOverview {
    branches { code name nameEn subscriberCount campaignCount }
    campaigns { id name kind level status createdAt ownerBranch { code name nameEn } }
  }
`);

// Keyed by the schema's enum: a new status fails the typecheck until it has a colour.
const STATUS_COLORS: Record<CampaignStatus, string> = { DRAFT: 'default', PENDING_APPROVAL: 'orange', PUBLISHED: 'green', CLOSED: 'blue', EVALUATED: 'purple' };

/** Branches with figures from two subgraphs, and every campaign with its state. */
export function PolicyPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: PolicyOverviewQuery });
  const localName = (b: { name: string; nameEn: string }) => (i18n.language === 'en' ? b.nameEn : b.name);
  return (
    <QueryState fetching={fetching} error={error} empty={!data}>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card title={t('province:branches')} size="small">
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              scroll={{ y: 520 }}
              dataSource={data?.branches ?? []}
              columns={[
                { title: t('province:col.code'), dataIndex: 'code', width: 70 },
                { title: t('province:col.branch'), key: 'name', render: (_, b) => localName(b) },
                { title: t('province:col.subscribers'), dataIndex: 'subscriberCount', align: 'right', render: (n: number) => n.toLocaleString() },
                { title: t('province:col.campaigns'), dataIndex: 'campaignCount', align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('province:campaigns')} size="small">
            <Table
              rowKey="id"
              size="small"
              pagination={{ pageSize: 10 }}
              dataSource={data?.campaigns ?? []}
              columns={[
                { title: t('province:col.name'), dataIndex: 'name' },
                { title: t('province:col.kind'), dataIndex: 'kind', render: (k: CampaignKind) => t(`campaignKind.${k}`) },
                { title: t('province:col.level'), dataIndex: 'level', render: (l: CampaignLevel) => t(`campaignLevel.${l}`) },
                { title: t('province:col.owner'), key: 'owner', render: (_, c) => (c.ownerBranch ? localName(c.ownerBranch) : '—') },
                { title: t('province:col.status'), dataIndex: 'status', render: (s: CampaignStatus) => <Tag color={STATUS_COLORS[s]}>{t(`campaignStatus.${s}`)}</Tag> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </QueryState>
  );
}
