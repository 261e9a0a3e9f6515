import { Alert, Button, Card, Col, Empty, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { QueryState, SummaryTable, sortByBranch, useCan } from '@retention/ui';
import { graphql } from '../gql';
import './home-messages';

export const ProvinceHomeQuery = graphql(`
  query ProvinceHome {
    branches { code name nameEn subscriberCount campaignCount }
    campaigns { id name status startDate endDate }
    evaluationReports(status: SUBMITTED) { id }
    segmentMonths { latest refreshed }
  }
`);

/**
 * The province's home: what waits for the team (campaigns to approve, reports to review), what
 * runs, which month the figures are of, and the branches at a glance, each a link to its page.
 * Figures and links only, drawn with the components every first page shares (no antd Table,
 * no charts), so a province user's first page is light (B6).
 */
export function ProvinceHomePage({ base }: { base: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canApprove = useCan(Capability.CAMPAIGN_APPROVE);
  const canReview = useCan(Capability.REPORT_REVIEW);
  const canAuthor = useCan(Capability.CAMPAIGN_AUTHOR);
  const [{ data, fetching, error }] = useQuery({ query: ProvinceHomeQuery });
  const campaigns = data?.campaigns ?? [];
  const pending = campaigns.filter((c) => c.status === 'PENDING_APPROVAL');
  const running = campaigns.filter((c) => c.status === 'PUBLISHED');
  const submitted = data?.evaluationReports.length ?? 0;
  const months = data?.segmentMonths;
  const name = (b: { name: string; nameEn: string }) => (i18n.language === 'en' ? b.nameEn : b.name);
  const go = (page: string) => () => navigate(`${base}/${page}`);
  const card = (testId: string, title: string, value: number | string, page: string) => (
    <Card size="small" hoverable onClick={go(page)} data-testid={testId}>
      <Statistic title={title} value={value} />
    </Card>
  );

  return (
    <QueryState fetching={fetching} error={error} empty={!data}>
      <div data-testid="province-home">
        <Row gutter={16} style={{ marginBottom: 16 }}>
          <Col span={6}>{card('home-pending', t('provinceHome:pending'), pending.length, 'policy')}</Col>
          <Col span={6}>{card('home-running', t('provinceHome:running'), running.length, 'policy')}</Col>
          <Col span={6}>{card('home-submitted', t('provinceHome:submitted'), submitted, 'evaluation')}</Col>
          <Col span={6}>{card('home-month', t('provinceHome:month'), months?.latest?.slice(0, 7) ?? '—', months?.latest ? 'customers' : 'imports')}</Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card
              size="small"
              title={t('provinceHome:todo')}
              style={{ marginBottom: 16 }}
              extra={canAuthor ? <Button type="primary" onClick={() => navigate(`${base}/campaigns/new`)}>{t('province:policy.new')}</Button> : null}
            >
              <Space direction="vertical" style={{ width: '100%' }} data-testid="home-todo">
                {!months?.latest && <Alert type="info" showIcon message={t('provinceHome:noMonth')} action={<Button size="small" onClick={go('imports')}>{t('province:nav.imports')}</Button>} />}
                {pending.map((c) => (
                  <div key={c.id} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <Tag color="orange">{t('provinceHome:toApprove')}</Tag>
                    <Typography.Link onClick={() => navigate(`${base}/campaigns/${c.id}`)}>{c.name}</Typography.Link>
                    <Typography.Text type="secondary">{c.startDate} ~ {c.endDate}</Typography.Text>
                    {canApprove && <Button size="small" style={{ marginLeft: 'auto' }} onClick={() => navigate(`${base}/campaigns/${c.id}`)}>{t('provinceHome:review')}</Button>}
                  </div>
                ))}
                {submitted > 0 && (
                  <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                    <Tag color="blue">{t('provinceHome:toReview')}</Tag>
                    <Typography.Text>{t('provinceHome:reportsWaiting', { count: submitted })}</Typography.Text>
                    {canReview && <Button size="small" style={{ marginLeft: 'auto' }} onClick={go('evaluation')}>{t('provinceHome:review')}</Button>}
                  </div>
                )}
                {pending.length === 0 && submitted === 0 && months?.latest && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('provinceHome:nothing')} />}
              </Space>
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('province:branches')} extra={<Button type="link" onClick={go('customers')}>{t('provinceHome:dashboard')}</Button>}>
              <SummaryTable
                testId="home-branches"
                rows={sortByBranch(data?.branches ?? [], (b) => b.code)}
                rowKey={(b) => b.code}
                columns={[
                  { key: 'name', title: t('province:col.branch'), render: (b) => name(b) },
                  { key: 'subscribers', title: t('province:col.subscribers'), align: 'right', render: (b) => b.subscriberCount.toLocaleString() },
                  { key: 'campaigns', title: t('province:col.campaigns'), align: 'right', render: (b) => b.campaignCount },
                ]}
              />
            </Card>
          </Col>
        </Row>
      </div>
    </QueryState>
  );
}
