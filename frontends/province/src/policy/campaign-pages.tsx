import { Breadcrumb, Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CampaignDetail, CampaignDetailQuery, CampaignForm, CampaignFormFieldsQuery, ExecutionOverview } from '@retention/campaign-views';
import { QueryState } from '@retention/ui';
import { usePolicyPaths } from './policy-page';

/** /campaigns/new, /campaigns/:id and /campaigns/:id/edit below the policy page. */
export function CampaignRoutes() {
  return (
    <Routes>
      <Route path="new" element={<NewCampaignPage />} />
      <Route path=":id/edit" element={<EditCampaignPage />} />
      <Route path=":id" element={<CampaignPage />} />
    </Routes>
  );
}

function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  const paths = usePolicyPaths();
  return <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to={paths.home}>{t('province:campaigns')}</Link> }, { title: current }]} />;
}

function NewCampaignPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paths = usePolicyPaths();
  return (
    <>
      <Crumbs current={t('province:policy.new')} />
      <CampaignForm onSaved={(id) => navigate(paths.campaign(id))} onCancel={() => navigate(paths.home)} />
    </>
  );
}

function EditCampaignPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const paths = usePolicyPaths();
  const [{ data, fetching, error }] = useQuery({ query: CampaignFormFieldsQuery, variables: { id }, requestPolicy: 'network-only' });
  return (
    <QueryState fetching={fetching} error={error} empty={!data}>
      {data && (
        <>
          <Crumbs current={data.campaign.name} />
          <CampaignForm key={`${data.campaign.id}:${data.campaign.version}`} campaign={data.campaign} onSaved={(saved) => navigate(paths.campaign(saved))} onCancel={() => navigate(paths.campaign(id))} />
        </>
      )}
    </QueryState>
  );
}

/** A campaign's definition, lifecycle and audit journal; once published, every executing branch side by side. */
function CampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const paths = usePolicyPaths();
  const [{ data }] = useQuery({ query: CampaignDetailQuery, variables: { id } });
  const status = data?.campaign.status;
  const executing = status === 'PUBLISHED' || status === 'CLOSED' || status === 'EVALUATED';
  return (
    <>
      <Crumbs current={data?.campaign.name ?? '…'} />
      <CampaignDetail id={id} onEdit={(c) => navigate(paths.edit(c))} onCloned={(c) => navigate(paths.campaign(c))}>
        {executing && (
          <Card size="small" title={t('province:policy.execution')} data-testid="province-execution">
            <Tabs items={[{ key: 'branches', label: t('province:policy.byBranch'), children: <ExecutionOverview campaignId={id} /> }]} />
          </Card>
        )}
      </CampaignDetail>
    </>
  );
}
