import { lazy, Suspense, type ReactNode } from 'react';
import { Menu, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate, useResolvedPath } from 'react-router-dom';
import { reachOf, type Capability } from '@retention/domain';
import { useSession } from '@retention/ui';
import { EvaluationNavLabel } from './evaluation/evaluation-nav-label';
import { OverviewPage } from './overview/overview-page';
import './messages';

// The same customer views as the province app; the API limits them to the user's own branch.
const CustomerDashboard = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.CustomerDashboard })));
const SegmentExplorer = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.SegmentExplorer })));
const CohortPage = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.CohortPage })));
// Campaign pages (planners), the worklist (phone managers) and the do-not-contact list load with their page.
const CampaignsRoutes = lazy(() => import('./campaigns/campaigns-page').then((m) => ({ default: m.CampaignsRoutes })));
const WorklistPage = lazy(() => import('./worklist/worklist-page').then((m) => ({ default: m.WorklistPage })));
const DoNotContactPage = lazy(() => import('./campaigns/dnc-page').then((m) => ({ default: m.DoNotContactPage })));
const BranchEvaluationPage = lazy(() => import('./evaluation/branch-evaluation-page').then((m) => ({ default: m.BranchEvaluationPage })));
const ScorecardPage = lazy(() => import('./kpi/scorecard-page').then((m) => ({ default: m.ScorecardPage })));
const StaffPage = lazy(() => import('./staff/staff-page').then((m) => ({ default: m.StaffPage })));
const PAGES = ['overview', 'worklist', 'campaigns', 'dnc', 'evaluation', 'kpi', 'staff', 'customers', 'segments', 'cohorts'] as const;

/** What a page reads: its menu item shows only to a role granted it (a phone manager has no segment figures). */
const PAGE_NEEDS: Partial<Record<(typeof PAGES)[number], Capability>> = {
  customers: 'SEGMENT_READ', segments: 'SEGMENT_READ', cohorts: 'SEGMENT_READ', campaigns: 'LIST_EXECUTE', worklist: 'TASK_WORK', dnc: 'DO_NOT_CONTACT_MANAGE',
  evaluation: 'REPORT_READ', staff: 'STAFF_MANAGE',
};

const lazyPage = (page: ReactNode) => <Suspense fallback={<Spin />}>{page}</Suspense>;

/** A branch's workspace: its overview, and its customers by segment and cohort. */
export default function BranchApp() {
  const { t, i18n } = useTranslation();
  const user = useSession().user;
  const branch = user?.branch;
  const pages = PAGES.filter((page) => { const need = PAGE_NEEDS[page]; return !need || (user ? reachOf(user.role, need) !== null : false); });
  const navigate = useNavigate();
  const base = useResolvedPath('').pathname.replace(/\/$/, '');
  const location = useLocation();
  const current = PAGES.find((page) => location.pathname.startsWith(`${base}/${page}`)) ?? 'overview';
  return (
    <div data-testid="remote-branch">
      <Typography.Title level={3}>
        {t('branch:title')}
        {branch && ` · ${i18n.language === 'en' ? branch.nameEn : branch.name}`}
      </Typography.Title>
      <Menu
        mode="horizontal"
        selectedKeys={[current]}
        style={{ marginBottom: 16 }}
        items={pages.map((page) => ({ key: page, label: page === 'evaluation' ? <EvaluationNavLabel label={t('branch:nav.evaluation')} /> : t(`branch:nav.${page}`) }))}
        onClick={({ key }) => navigate(key === 'overview' ? base || '/' : `${base}/${key}`)}
      />
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="customers" element={lazyPage(<CustomerDashboard />)} />
        <Route path="segments" element={lazyPage(<SegmentExplorer />)} />
        <Route path="cohorts" element={lazyPage(<CohortPage />)} />
        <Route path="campaigns/*" element={lazyPage(<CampaignsRoutes />)} />
        <Route path="worklist" element={lazyPage(<WorklistPage />)} />
        <Route path="dnc" element={lazyPage(<DoNotContactPage />)} />
        <Route path="evaluation" element={lazyPage(<BranchEvaluationPage />)} />
        <Route path="kpi" element={lazyPage(<ScorecardPage />)} />
        <Route path="staff" element={lazyPage(<StaffPage />)} />
        <Route path="*" element={<OverviewPage />} />
      </Routes>
    </div>
  );
}
