import { Card, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, RemoteBoundary, useSession } from '@retention/ui';
import { loadRemote } from '../remotes/load-remote';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { CreateUserForm } from './create-user-form';
import { UserActiveButton } from './user-active-button';

export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users { id username displayName role active branch { code name nameEn } }
    branches { code name nameEn }
  }
`);

// createUser and setUserActive return a User: the document cache then refetches this query
// (named here too, in case the list it last saw held no user).
const usersContext = { additionalTypenames: ['User'] };

/** ADMIN: the users of every role and the 21 branches. */
export function AdminPage() {
  const { t, i18n } = useTranslation();
  const me = useSession().user;
  const [{ data, fetching, error }] = useQuery({ query: AdminUsersQuery, context: usersContext });
  const branchName = (b: { name: string; nameEn: string }) => (i18n.language === 'en' ? b.nameEn : b.name);

  return (
    <div data-testid="admin-page">
      <Typography.Title level={3}>{t('shell:admin.title')}</Typography.Title>
      <QueryState fetching={fetching} error={error} empty={!data}>
        <Tabs
          items={[
            {
              key: 'users',
              label: t('shell:admin.users'),
              children: (
                <>
                  <Card title={t('shell:admin.newUser')} size="small" style={{ marginBottom: 16 }}>
                    <CreateUserForm branches={data?.branches ?? []} />
                  </Card>
                  <Table
                    rowKey="id"
                    size="small"
                    dataSource={data?.users ?? []}
                    pagination={{ pageSize: 20 }}
                    columns={[
                      { title: t('shell:admin.username'), dataIndex: 'username' },
                      { title: t('shell:admin.displayName'), dataIndex: 'displayName' },
                      { title: t('shell:admin.role'), dataIndex: 'role', render: (role: Role) => t(`roles.${role}`) },
                      { title: t('shell:admin.branch'), key: 'branch', render: (_, u) => (u.branch ? branchName(u.branch) : '—') },
                      {
                        title: t('shell:admin.status'),
                        key: 'status',
                        render: (_, u) => <Tag color={u.active ? 'green' : 'default'}>{t(u.active ? 'shell:admin.active' : 'shell:admin.inactive')}</Tag>,
                      },
                      { title: '', key: 'action', render: (_, u) => <UserActiveButton id={u.id} active={u.active} self={u.id === me?.id} /> },
                    ]}
                  />
                </>
              ),
            },
            {
              key: 'branches',
              label: t('shell:admin.branches'),
              children: (
                <Table
                  rowKey="code"
                  size="small"
                  pagination={false}
                  dataSource={data?.branches ?? []}
                  columns={[
                    { title: t('shell:admin.code'), dataIndex: 'code' },
                    { title: t('shell:admin.nameZh'), dataIndex: 'name' },
                    { title: t('shell:admin.nameEn'), dataIndex: 'nameEn' },
                  ]}
                />
              ),
            },
            {
              // Issue 10 item 6: the log of full-number reveals, the province app's page (its module ./RevealLog).
              key: 'reveals',
              label: <span data-testid="admin-reveals-tab">{t('shell:admin.reveals')}</span>,
              children: <RemoteBoundary id="province-reveal-log" name={t('shell:admin.reveals')} load={() => loadRemote('province', './RevealLog')} />,
            },
          ]}
        />
      </QueryState>
    </div>
  );
}
