import { lazy, Suspense } from 'react';
import { Menu, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate, useResolvedPath } from 'react-router-dom';
import { ProvinceHomePage } from './home/home-page';
import './messages';

// Every page but the home page loads when opened. The home page (to-dos, figures, branches) is
// drawn with the antd components every first page shares and no charts, so a province user's
// first page downloads no more than that (B6); tables, tabs and charts come with their pages.
const CustomerDashboard = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.CustomerDashboard })));
const ImportPage = lazy(() => import('./imports/import-page').then((m) => ({ default: m.ImportPage })));
const SegmentExplorer = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.SegmentExplorer })));
const CohortPage = lazy(() => import('@retention/segment-views').then((m) => ({ default: m.CohortPage })));
const ScoreboardPage = lazy(() => import('./kpi/scoreboard-page').then((m) => ({ default: m.ScoreboardPage })));
const PolicyPage = lazy(() => import('./policy/policy-page').then((m) => ({ default: m.PolicyPage })));
const CampaignRoutes = lazy(() => import('./policy/campaign-pages').then((m) => ({ default: m.CampaignRoutes })));
const EvaluationPage = lazy(() => import('./evaluation/evaluation-page').then((m) => ({ default: m.EvaluationPage })));
const AnalysesPage = lazy(() => import('./analyses/analyses-page').then((m) => ({ default: m.AnalysesPage })));
const PAGES = ['home', 'customers', 'segments', 'cohorts', 'policy', 'evaluation', 'analyses', 'kpi', 'imports'] as const;

/** The province team's app: policy (campaigns, branches) and post-evaluation. */
export default function ProvinceApp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = useResolvedPath('').pathname.replace(/\/$/, '');
  const location = useLocation();
  const current = location.pathname.startsWith(`${base}/campaigns`) ? 'policy' : PAGES.find((page) => location.pathname.startsWith(`${base}/${page}`)) ?? 'home';
  return (
    <div data-testid="remote-province">
      <Typography.Title level={3}>{t('province:title')}</Typography.Title>
      <Menu
        mode="horizontal"
        selectedKeys={[current]}
        style={{ marginBottom: 16 }}
        items={PAGES.map((page) => ({ key: page, label: t(`province:nav.${page}`) }))}
        onClick={({ key }) => navigate(key === 'home' ? base || '/' : `${base}/${key}`)}
      />
      <Routes>
        <Route index element={<ProvinceHomePage base={base} />} />
        <Route path="policy" element={<Suspense fallback={<Spin />}><PolicyPage /></Suspense>} />
        <Route path="campaigns/*" element={<Suspense fallback={<Spin />}><CampaignRoutes /></Suspense>} />
        <Route path="evaluation/*" element={<Suspense fallback={<Spin />}><EvaluationPage /></Suspense>} />
        <Route path="analyses" element={<Suspense fallback={<Spin />}><AnalysesPage /></Suspense>} />
        <Route
          path="segments"
          element={
            <Suspense fallback={<Spin />}>
              <SegmentExplorer />
            </Suspense>
          }
        />
        <Route
          path="cohorts"
          element={
            <Suspense fallback={<Spin />}>
              <CohortPage />
            </Suspense>
          }
        />
        <Route
          path="kpi"
          element={
            <Suspense fallback={<Spin />}>
              <ScoreboardPage />
            </Suspense>
          }
        />
        <Route
          path="imports"
          element={
            <Suspense fallback={<Spin />}>
              <ImportPage />
            </Suspense>
          }
        />
        <Route
          path="customers"
          element={
            <Suspense fallback={<Spin />}>
              <CustomerDashboard />
            </Suspense>
          }
        />
        <Route path="*" element={<Navigate to={base || '/'} replace />} />
      </Routes>
    </div>
  );
}
