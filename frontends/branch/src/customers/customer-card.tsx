import { Card, Col, Descriptions, Row, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, useLabels } from '@retention/ui';
import { graphql } from '../gql';

export const CustomerCardQuery = graphql(`
  query CustomerCard($id: ID!) {
    subscriber(id: $id) {
      id msisdnMasked brand planCode joinDate vipCard groupClass vnetMember familyPlan
      portrait {
        month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices
        trend { month arpu mou dataMb status }
        recommendation { products promotions channels newServices service planFit }
      }
    }
  }
`);

/** The customer portrait (DOMAIN.md §5): value, class, tenure, measures, trend and the recommended treatment. */
export function CustomerCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: CustomerCardQuery, variables: { id } });
  const list = (items: string[], vocabulary: Parameters<typeof label>[0]) => items.map((item) => label(vocabulary, item)).join('、') || '—';
  const s = data?.subscriber;
  const p = s?.portrait;
  return (
    <QueryState fetching={fetching} error={error} empty={!s}>
      {s && (
        <Card type="inner" title={`${s.id} · ${s.msisdnMasked}`} data-testid="customer-card">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('branch:customers.brand')}>{label('brand', s.brand)}</Descriptions.Item>
            <Descriptions.Item label={t('branch:customers.plan')}>{label('plan', s.planCode)}</Descriptions.Item>
            <Descriptions.Item label={t('branch:portrait.joinDate')}>{s.joinDate}</Descriptions.Item>
            <Descriptions.Item label={t('branch:portrait.vip')}>{label('vipCard', s.vipCard)}</Descriptions.Item>
            {p && (
              <>
                <Descriptions.Item label={`ARPU (${p.month})`}>{p.arpu.toFixed(2)}</Descriptions.Item>
                <Descriptions.Item label={t('branch:portrait.avgArpu')}>{p.avgArpu.toFixed(2)}</Descriptions.Item>
                <Descriptions.Item label="MOU">{p.mou}</Descriptions.Item>
                <Descriptions.Item label={t('branch:portrait.tenure')}>{label('tenureBand', p.tenureBand)} ({p.tenureMonths})</Descriptions.Item>
                <Descriptions.Item label={t('branch:portrait.class')}>{p.retentionClass ? label('retentionClass', p.retentionClass) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('branch:portrait.segments')}>
                  {p.midHighEnd && <Tag color="gold">{t('branch:portrait.midHighEnd')}</Tag>}
                  {p.dynamicMidHighEnd && <Tag color="orange">{t('branch:portrait.dynamic')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('branch:portrait.measures')} span={2}>
                  {p.measures.length ? p.measures.map((m) => <Tag key={m}>{label('measure', m)}</Tag>) : '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('branch:portrait.services')} span={2}>{list(p.stickyServices, 'stickyService')}</Descriptions.Item>
              </>
            )}
          </Descriptions>
          {p && (
            <Row gutter={16} style={{ marginTop: 16 }}>
              <Col span={24}>
                <Table
                  rowKey="month"
                  size="small"
                  pagination={false}
                  title={() => t('branch:portrait.trend')}
                  dataSource={[...p.trend].reverse()}
                  columns={[
                    { title: t('branch:portrait.month'), dataIndex: 'month' },
                    { title: 'ARPU', dataIndex: 'arpu', align: 'right', render: (v: number) => v.toFixed(2) },
                    { title: 'MOU', dataIndex: 'mou', align: 'right' },
                    { title: 'MB', dataIndex: 'dataMb', align: 'right' },
                    { title: t('branch:portrait.status'), dataIndex: 'status', render: (v: string) => label('usageStatus', v) },
                  ]}
                />
              </Col>
              <Col span={24} style={{ marginTop: 16 }}>
                <Descriptions size="small" column={1} bordered title={t('branch:portrait.recommendation')} data-testid="recommendation">
                  <Descriptions.Item label={t('branch:portrait.planFit')}>{list(p.recommendation.planFit, 'plan')}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.products')}>{list(p.recommendation.products, 'treatment')}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.promotions')}>{list(p.recommendation.promotions, 'treatment')}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.newServices')}>{list(p.recommendation.newServices, 'treatment')}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.service')}>{list(p.recommendation.service, 'treatment')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.channels')}>{list(p.recommendation.channels, 'channel')}</Descriptions.Item>
                </Descriptions>
              </Col>
            </Row>
          )}
        </Card>
      )}
    </QueryState>
  );
}
