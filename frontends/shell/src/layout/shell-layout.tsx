/*
 * The page frame after sign-in. Test ids for the end-to-end test: the language switch is
 * [data-testid=language-switch] (a button group: click the text "English" or "简体中文"
 * inside it); sign-out is the button [data-testid=logout].
 */
import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch, useSession } from '@retention/ui';
import { navItemsFor } from './navigation';

export function ShellLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  if (!user) return null;
  const items = navItemsFor(user.role);
  const selected = items.find((item) => location.pathname.startsWith(item.path))?.path;
  const branchName = user.branch ? (i18n.language === 'en' ? user.branch.nameEn : user.branch.name) : null;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#0f3d6b' }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          style={{ flex: 1, background: 'transparent' }}
          selectedKeys={selected ? [selected] : []}
          items={items.map((item) => ({ key: item.path, label: t(item.labelKey) }))}
          onClick={({ key }) => navigate(key)}
        />
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
            {user.displayName}
          </Typography.Text>
          <Tag color="blue">{t(`roles.${user.role}`)}</Tag>
          {branchName && <Tag color="geekblue">{branchName}</Tag>}
          <LanguageSwitch />
          <Button size="small" data-testid="logout" onClick={() => signOut()}>
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
    </Layout>
  );
}
