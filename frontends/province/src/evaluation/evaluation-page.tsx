import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '@retention/ui';
import { graphql } from '../gql';
import type { EvaluationStatus } from '../gql/graphql';

export const EvaluationReportsQuery = graphql(`
  query EvaluationReports {
    evaluationReports { id status updatedAt sharedPractice branch { code name nameEn } campaign { id name kind } }
  }
`);

/** Reports sent back by the branches, with the campaign they evaluate. */
export function EvaluationPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: EvaluationReportsQuery });
  return (
    <Card title={t('province:reports')} size="small">
      <QueryState fetching={fetching} error={error} empty={!data?.evaluationReports.length}>
        <Table
          rowKey="id"
          size="small"
          dataSource={data?.evaluationReports ?? []}
          columns={[
            { title: t('province:col.branch'), key: 'branch', render: (_, r) => (i18n.language === 'en' ? r.branch.nameEn : r.branch.name) },
            { title: t('province:col.campaign'), key: 'campaign', render: (_, r) => r.campaign?.name ?? '—' },
            { title: t('province:col.status'), dataIndex: 'status', render: (s: EvaluationStatus) => <Tag>{t(`evaluationStatus.${s}`)}</Tag> },
            { title: t('province:col.shared'), dataIndex: 'sharedPractice', render: (v: boolean) => (v ? '✓' : '') },
            { title: t('province:col.updated'), dataIndex: 'updatedAt', render: (d: string) => new Date(d).toLocaleDateString(i18n.language) },
          ]}
        />
      </QueryState>
    </Card>
  );
}
