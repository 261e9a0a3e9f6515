import { useState, type ReactNode } from 'react';
import { Alert, Button, Input, Select, Space, Table, Tag, Typography, Upload, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BRANCH_CODES, Capability } from '@retention/domain';
import { QueryState, serverErrorMessage, useCan, useLabels } from '@retention/ui';
import type { ContactKind, StaffRole } from './gql/graphql';
import { fileToBase64, ImportStaffMutation, STAFF, StaffRosterQuery, UpdateStaffMutation, type RosterStaff } from './operations';
import { BRANCH_ROLES, STAFF_ROLES, StaffForm } from './staff-form';

type ImportError = { line: number; column?: string | null; code: string; value?: string | null; message: string };

const PAGE = 50;

export interface StaffRosterProps {
  /**
   * A branch's own roster (the branch app): no branch filter or column, and new staff join this
   * branch. The list is not filtered by it here: the API scopes a branch user to their own branch.
   */
  ownBranch?: string;
  /** The name cell: each app opens a trainee's history its own way (a page link, a drawer). */
  nameCell: (staff: RosterStaff) => ReactNode;
}

/**
 * The staff roster: filters by branch, role, contact kind and active flag; add, edit and
 * (de)activate at the version read; import a CSV/XLSX staff list with row-numbered errors.
 */
export function StaffRoster({ ownBranch, nameCell }: StaffRosterProps) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const mayManage = useCan(Capability.STAFF_MANAGE);
  const [branchCode, setBranchCode] = useState<string | null>(null);
  const [role, setRole] = useState<StaffRole | null>(null);
  const [contactKind, setContactKind] = useState<ContactKind | null>(null);
  const [active, setActive] = useState<boolean | null>(true);
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({
    query: StaffRosterQuery,
    variables: { branchCode, role, contactKind, active, search: search.trim() || null, first: PAGE, after },
    context: STAFF,
  });
  const [, update] = useMutation(UpdateStaffMutation);
  const [, importFile] = useMutation(ImportStaffMutation);
  const [editing, setEditing] = useState<RosterStaff | 'new' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<ImportError[]>([]);
  const page = data?.staff;
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setCursors([null]);
  };
  const toggle = async (s: RosterStaff) => {
    setProblem(null);
    const result = await update({ id: s.id, version: s.version, input: { active: !s.active } }, STAFF);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
  };
  const onImport = async (file: File) => {
    setProblem(null);
    const result = await importFile({ fileName: file.name, content: await fileToBase64(file), dryRun: false }, STAFF);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    const outcome = result.data?.importStaff;
    setImportErrors(outcome?.errors ?? []);
    if (outcome?.imported) void message.success(t('staffRoster:importOk', { created: outcome.created, updated: outcome.updated }));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="staff-roster">
      <Space wrap>
        {!ownBranch && (
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('staffRoster:allBranches')}
            aria-label={t('staffRoster:branch')}
            value={branchCode ?? undefined}
            onChange={refilter((v?: string) => setBranchCode(v ?? null))}
            showSearch
            optionFilterProp="label"
            options={BRANCH_CODES.map((c) => ({ value: c, label: branch(c) }))}
          />
        )}
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('staffRoster:allRoles')}
          aria-label={t('staffRoster:role')}
          value={role ?? undefined}
          onChange={refilter((v?: StaffRole) => setRole(v ?? null))}
          options={(ownBranch ? BRANCH_ROLES : STAFF_ROLES).map((r) => ({ value: r, label: t(`staffRoster:roles.${r}`) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('staffRoster:allKinds')}
          aria-label={t('staffRoster:contactKind')}
          value={contactKind ?? undefined}
          onChange={refilter((v?: ContactKind) => setContactKind(v ?? null))}
          options={(['PHONE', 'ACCOUNT'] as const).map((k) => ({ value: k, label: t(`staffRoster:kinds.${k}`) }))}
        />
        <Select
          style={{ width: 120 }}
          aria-label={t('staffRoster:status')}
          value={active === null ? 'ALL' : active ? 'ACTIVE' : 'INACTIVE'}
          onChange={refilter((v: string) => setActive(v === 'ALL' ? null : v === 'ACTIVE'))}
          options={[
            { value: 'ACTIVE', label: t('staffRoster:activeOnly') },
            { value: 'INACTIVE', label: t('staffRoster:inactiveOnly') },
            { value: 'ALL', label: t('staffRoster:anyStatus') },
          ]}
        />
        <Input.Search allowClear style={{ width: 200 }} placeholder={t('staffRoster:search')} aria-label={t('staffRoster:search')} onSearch={refilter((v: string) => setSearch(v))} />
        {mayManage && <Button type="primary" onClick={() => setEditing('new')}>{t('staffRoster:add')}</Button>}
        {mayManage && (
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { void onImport(file); return false; }}>
            <Button>{t('staffRoster:import')}</Button>
          </Upload>
        )}
      </Space>
      {mayManage && <Typography.Text type="secondary">{t(ownBranch ? 'staffRoster:importHelpOwnBranch' : 'staffRoster:importHelp')}</Typography.Text>}
      {problem && <Alert type="error" showIcon message={problem} data-testid="staff-error" />}
      {importErrors.length > 0 && (
        <Table
          size="small"
          title={() => t('staffRoster:importErrors')}
          data-testid="import-errors"
          rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
          pagination={false}
          dataSource={importErrors}
          columns={[
            { title: t('staffRoster:line'), dataIndex: 'line', width: 70 },
            { title: t('staffRoster:column'), dataIndex: 'column', width: 120 },
            { title: t('staffRoster:value'), dataIndex: 'value', width: 140, render: (v: string | null) => v ?? '' },
            { title: t('staffRoster:problem'), dataIndex: 'message' },
          ]}
        />
      )}
      <QueryState fetching={fetching} error={error} empty={!page?.nodes.length}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={page?.nodes ?? []}
          title={() => t('staffRoster:count', { n: page?.totalCount ?? 0 })}
          columns={[
            { title: t('staffRoster:employeeNo'), key: 'no', width: 110, render: (_, s) => s.employeeNo ?? '—' },
            { title: t('staffRoster:name'), key: 'name', render: (_, s) => nameCell(s) },
            ...(ownBranch ? [] : [{ title: t('staffRoster:branch'), key: 'branch', render: (_: unknown, s: RosterStaff) => (s.branchCode ? branch(s.branchCode) : t('staffRoster:province')) }]),
            { title: t('staffRoster:role'), key: 'role', render: (_, s) => t(`staffRoster:roles.${s.role}`) },
            { title: t('staffRoster:contactKind'), key: 'kind', render: (_, s) => (s.contactKind ? t(`staffRoster:kinds.${s.contactKind}`) : '—') },
            { title: t('staffRoster:login'), key: 'login', render: (_, s) => (s.hasLogin ? <Tag color="blue">{t('staffRoster:hasLogin')}</Tag> : <Tag>{t('staffRoster:noLogin')}</Tag>) },
            { title: t('staffRoster:status'), key: 'active', render: (_, s) => (s.active ? <Tag color="green">{t('staffRoster:active')}</Tag> : <Tag color="red">{t('staffRoster:inactive')}</Tag>) },
            ...(mayManage
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, s: RosterStaff) => (
                      <Space size="small">
                        <Button size="small" onClick={() => setEditing(s)} aria-label={`${t('staffRoster:edit')} ${s.displayName}`}>{t('staffRoster:edit')}</Button>
                        {!s.hasLogin && (
                          <Button size="small" danger={s.active} onClick={() => void toggle(s)} aria-label={`${s.active ? t('staffRoster:deactivate') : t('staffRoster:activate')} ${s.displayName}`}>
                            {s.active ? t('staffRoster:deactivate') : t('staffRoster:activate')}
                          </Button>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      <Space>
        <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('staffRoster:previousPage')}</Button>
        <Button size="small" disabled={!page?.pageInfo.hasNextPage} onClick={() => page?.pageInfo.endCursor && setCursors((c) => [...c, page.pageInfo.endCursor!])}>{t('staffRoster:nextPage')}</Button>
      </Space>
      {editing && <StaffForm staff={editing === 'new' ? null : editing} ownBranch={ownBranch} onDone={() => setEditing(null)} />}
    </Space>
  );
}
