import { Breadcrumb, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CampaignForm, CampaignFormFieldsQuery, CampaignTable } from '@retention/campaign-views';
import { Capability } from '@retention/domain';
import { QueryState, useCan, useSession } from '@retention/ui';
import { BranchCampaignPage } from './branch-campaign-page';
import { useBranchPaths } from './paths';

/** The branch planner's campaigns: the inbox, local campaigns, and each campaign's list for the branch. */
export function CampaignsRoutes() {
  return (
    <Routes>
      <Route index element={<CampaignInbox />} />
      <Route path="new" element={<NewLocalCampaign />} />
      <Route path=":id/edit" element={<EditLocalCampaign />} />
      <Route path=":id" element={<BranchCampaignPage />} />
    </Routes>
  );
}

/** Published province campaigns this branch executes, and its own local ones. */
export function CampaignInbox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paths = useBranchPaths();
  const branch = useSession().user?.branch;
  const canAuthor = useCan(Capability.CAMPAIGN_AUTHOR);
  return (
    <Card size="small" title={t('branch:inbox.title')} data-testid="campaign-inbox">
      <CampaignTable
        branchCode={branch?.code}
        onOpen={(id) => navigate(paths.campaign(id))}
        emptyText={t(canAuthor ? 'branch:inbox.emptyAuthor' : 'branch:inbox.empty')}
        toolbar={canAuthor ? <Button type="primary" onClick={() => navigate(paths.create)} data-testid="new-local-campaign">{t('branch:inbox.newLocal')}</Button> : null}
      />
    </Card>
  );
}

export function Crumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  const paths = useBranchPaths();
  return <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to={paths.campaigns}>{t('branch:inbox.title')}</Link> }, { title: current }]} />;
}

function NewLocalCampaign() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const paths = useBranchPaths();
  return (
    <>
      <Crumbs current={t('branch:inbox.newLocal')} />
      <CampaignForm onSaved={(id) => navigate(paths.campaign(id))} onCancel={() => navigate(paths.campaigns)} />
    </>
  );
}

function EditLocalCampaign() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const paths = useBranchPaths();
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
