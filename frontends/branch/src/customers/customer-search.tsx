import { useState } from 'react';
import { Card, Drawer, Empty, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import { CustomerCard } from './customer-card';

export const SearchCustomersQuery = graphql(`
  query SearchCustomers($query: String!) {
    searchSubscribers(query: $query, limit: 20) { id msisdnMasked brand planCode vipCard county }
  }
`);

/** Find one of the branch's customers by id or full phone number and open the portrait. */
export function CustomerSearch() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: SearchCustomersQuery, variables: { query }, pause: query.trim().length < 2 });
  return (
    <Card title={t('branch:customers.title')} size="small" data-testid="customer-search">
      <Input.Search
        placeholder={t('branch:customers.placeholder')}
        allowClear
        enterButton={t('branch:customers.search')}
        onSearch={(value) => {
          setSelected(null);
          setQuery(value.trim());
        }}
        style={{ maxWidth: 420, marginBottom: 16 }}
        data-testid="customer-search-input"
      />
      {query.length >= 2 && (
        <QueryState fetching={fetching} error={error} empty={!data?.searchSubscribers.length}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.searchSubscribers ?? []}
            onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('branch:customers.id'), dataIndex: 'id' },
              { title: t('branch:customers.msisdn'), dataIndex: 'msisdnMasked' },
              { title: t('branch:customers.brand'), dataIndex: 'brand', render: (v: string) => label('brand', v) },
              { title: t('branch:customers.plan'), dataIndex: 'planCode', render: (v: string) => label('plan', v) },
              { title: t('branch:portrait.vip'), dataIndex: 'vipCard', render: (v: string) => label('vipCard', v) },
              { title: t('branch:customers.county'), dataIndex: 'county' },
            ]}
          />
        </QueryState>
      )}
      {query.length < 2 && <Empty description={t('branch:customers.hint')} />}
      {/* The portrait opens beside the list, on screen whatever row was clicked. */}
      <Drawer open={selected !== null} onClose={() => setSelected(null)} width={760} title={t('branch:customers.portrait')} destroyOnClose data-testid="customer-drawer">
        {selected && <CustomerCard id={selected} />}
      </Drawer>
    </Card>
  );
}
