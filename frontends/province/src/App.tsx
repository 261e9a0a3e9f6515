import { Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate, useResolvedPath } from 'react-router-dom';
import { EvaluationPage } from './evaluation/evaluation-page';
import { PolicyPage } from './policy/policy-page';
import './messages';

/** The province team's app: policy (campaigns, branches) and post-evaluation. */
export default function ProvinceApp() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = useResolvedPath('').pathname.replace(/\/$/, '');
  const location = useLocation();
  const current = location.pathname.startsWith(`${base}/evaluation`) ? 'evaluation' : 'policy';
  return (
    <div data-testid="remote-province">
      <Typography.Title level={3}>{t('province:title')}</Typography.Title>
      <Menu
        mode="horizontal"
        selectedKeys={[current]}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'policy', label: t('province:nav.policy') },
          { key: 'evaluation', label: t('province:nav.evaluation') },
        ]}
        onClick={({ key }) => navigate(key === 'policy' ? base || '/' : `${base}/evaluation`)}
      />
      <Routes>
        <Route index element={<PolicyPage />} />
        <Route path="evaluation" element={<EvaluationPage />} />
        <Route path="*" element={<PolicyPage />} />
      </Routes>
    </div>
  );
}
