import { lazy, Suspense, type ReactNode } from 'react';
import { Menu, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate, useResolvedPath } from 'react-router-dom';
import { useSession } from '@retention/ui';
import { OverviewPage } from './overview/overview-page';
import './messages';

// The same customer views as the province app; the API limits them to the user's own branch.
const CustomerDashboard = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.CustomerDashboard })));
const SegmentExplorer = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.SegmentExplorer })));
const CohortPage = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.CohortPage })));
const PAGES = ['overview', 'customers', 'segments', 'cohorts'] as const;

const lazyPage = (page: ReactNode) => <Suspense fallback={<Spin />}>{page}</Suspense>;

/** A branch's workspace: its overview, and its customers by segment and cohort. */
export default function BranchApp() {
  const { t, i18n } = useTranslation();
  const branch = useSession().user?.branch;
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
        items={PAGES.map((page) => ({ key: page, label: t(`branch:nav.${page}`) }))}
        onClick={({ key }) => navigate(key === 'overview' ? base || '/' : `${base}/${key}`)}
      />
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="customers" element={lazyPage(<CustomerDashboard />)} />
        <Route path="segments" element={lazyPage(<SegmentExplorer />)} />
        <Route path="cohorts" element={lazyPage(<CohortPage />)} />
        <Route path="*" element={<OverviewPage />} />
      </Routes>
    </div>
  );
}
