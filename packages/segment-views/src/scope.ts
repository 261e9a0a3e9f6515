import { useTranslation } from 'react-i18next';
import { useSession } from '@retention/ui';

/** "全省" for province users, "本分公司" for branch users: the API already limits what they see. */
export function useScopeLabel(): string {
  const { t } = useTranslation();
  const { user } = useSession();
  return t(user?.branch ? 'segments:scope.branch' : 'segments:scope.province');
}
