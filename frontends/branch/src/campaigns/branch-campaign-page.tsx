import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CampaignDetail, CampaignDetailQuery } from '@retention/campaign-views';
import { useSession } from '@retention/ui';
import { Crumbs } from './campaigns-page';
import { useBranchPaths } from './paths';
import { TargetListPanel } from './target-list-panel';

/** A campaign seen from the branch: its definition and audit, and — once published — the branch's list. */
export function BranchCampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const paths = useBranchPaths();
  const branch = useSession().user?.branch?.code ?? null;
  const [{ data }] = useQuery({ query: CampaignDetailQuery, variables: { id } });
  const c = data?.campaign;
  const executing = Boolean(c && branch && c.executingBranchCodes.includes(branch) && ['PUBLISHED', 'CLOSED', 'EVALUATED'].includes(c.status));
  return (
    <>
      <Crumbs current={c?.name ?? t('branch:inbox.loading')} />
      <CampaignDetail id={id} onEdit={(x) => navigate(paths.edit(x))} onCloned={(x) => navigate(paths.campaign(x))}>
        {executing && branch && <TargetListPanel campaignId={id} branchCode={branch} />}
      </CampaignDetail>
    </>
  );
}
