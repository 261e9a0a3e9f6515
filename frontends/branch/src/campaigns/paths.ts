import { useResolvedPath } from 'react-router-dom';

/** The branch app's own paths below wherever the shell mounts it (/branch → /branch/campaigns/…). */
export function useBranchPaths() {
  const prefix = useResolvedPath('').pathname.replace(/\/((campaigns|worklist|dnc)(\/.*)?)?$/, '');
  return {
    campaigns: `${prefix}/campaigns`,
    campaign: (id: string) => `${prefix}/campaigns/${id}`,
    edit: (id: string) => `${prefix}/campaigns/${id}/edit`,
    create: `${prefix}/campaigns/new`,
  };
}
