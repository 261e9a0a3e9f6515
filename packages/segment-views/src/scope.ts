import { useTranslation } from 'react-i18next';
import { useSession } from '@retention/ui';
import './messages';

/** "全省" for province users, "本分公司" for branch users: the API already limits what they see. */
export function useScopeLabel(): string {
  const { t } = useTranslation();
  const { user } = useSession();
  return t(user?.branch ? 'segments:scope.branch' : 'segments:scope.province');
}

/** The signed-in user's one branch (branch roles), or null for the province: branch views are made for one branch. */
export function useOwnBranch(): { code: string; name: string; nameEn: string } | null {
  return useSession().user?.branch ?? null;
}

/** What an export is about, for its file name: the branch's name, or 全省 / province. */
export function useScopeName(): string {
  const { t, i18n } = useTranslation();
  const branch = useOwnBranch();
  if (branch) return i18n.language === 'en' ? branch.nameEn : branch.name;
  return t('segments:scope.provinceFile');
}
