import { Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '@retention/ui';
import { graphql } from './gql';
import './messages';

export const TrainingBranchesQuery = graphql(`
  query TrainingBranches {
    branches { code name nameEn }
  }
`);

/** Trainers' app: the branches they serve; courses and coverage follow in the training issue. */
export default function TrainingApp() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: TrainingBranchesQuery });
  return (
    <div data-testid="remote-training">
      <Typography.Title level={3}>{t('training:title')}</Typography.Title>
      <Card title={t('training:coverage')} size="small" style={{ marginBottom: 16 }}>
        <Empty description={t('training:coverageLater')} />
      </Card>
      <Card title={t('training:branches')} size="small">
        <QueryState fetching={fetching} error={error} empty={!data}>
          <Table
            rowKey="code"
            size="small"
            pagination={false}
            dataSource={data?.branches ?? []}
            columns={[
              { title: t('training:col.code'), dataIndex: 'code', width: 80 },
              { title: t('training:col.branch'), key: 'name', render: (_, b) => (i18n.language === 'en' ? b.nameEn : b.name) },
            ]}
          />
        </QueryState>
      </Card>
    </div>
  );
}
