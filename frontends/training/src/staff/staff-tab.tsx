import { useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography, Upload, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { BRANCH_CODES, Capability } from '@retention/domain';
import { QueryState, serverErrorMessage, useCan, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { ContactKind, StaffRole, TrainingStaffQuery as StaffData } from '../gql/graphql';
import { fileToBase64, newKey, useTraineePath } from '../util';

export const TrainingStaffQuery = graphql(`
  query TrainingStaff($branchCode: String, $role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $first: Int, $after: String) {
    staff(branchCode: $branchCode, role: $role, contactKind: $contactKind, active: $active, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation CreateStaff($input: CreateStaffInput!, $key: String) {
    createStaff(input: $input, idempotencyKey: $key) { id version }
  }
`);

export const UpdateStaffMutation = graphql(`
  mutation UpdateStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) {
    updateStaff(id: $id, version: $version, input: $input) { id version employeeNo displayName role contactKind branchCode active }
  }
`);

export const ImportStaffMutation = graphql(`
  mutation ImportStaff($fileName: String!, $content: String!, $dryRun: Boolean) {
    importStaff(fileName: $fileName, contentBase64: $content, dryRun: $dryRun) { imported rows created updated errors { line column code value message } }
  }
`);

type Staff = StaffData['staff']['nodes'][number];
type ImportError = { line: number; column?: string | null; code: string; value?: string | null; message: string };

const STAFF = { additionalTypenames: ['Staff'] };
const PAGE = 50;
export const STAFF_ROLES: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK', 'PROVINCE_PLANNER', 'PROVINCE_ANALYST', 'TRAINER', 'ADMIN'];
const BRANCH_ROLES: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK'];

/** The add / edit form of one member of staff; users (with a login) only get their staff number edited here. */
function StaffForm({ staff, fixedBranch, onDone }: { staff: Staff | null; fixedBranch?: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const [form] = Form.useForm();
  const [, create] = useMutation(CreateStaffMutation);
  const [, update] = useMutation(UpdateStaffMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [key] = useState(newKey);
  const locked = Boolean(staff?.hasLogin);
  const roles = fixedBranch ? BRANCH_ROLES : STAFF_ROLES;
  const submit = async () => {
    const v = await form.validateFields();
    const branchCode = BRANCH_ROLES.includes(v.role) ? (fixedBranch ?? v.branchCode ?? null) : null;
    const contactKind = v.role === 'PHONE_MANAGER' ? (v.contactKind ?? 'PHONE') : null;
    const result = staff
      ? await update(
          { id: staff.id, version: staff.version, input: locked ? { employeeNo: v.employeeNo ?? null } : { displayName: v.displayName, role: v.role, branchCode, contactKind, employeeNo: v.employeeNo || null } },
          STAFF,
        )
      : await create({ input: { displayName: v.displayName, role: v.role, branchCode, contactKind, employeeNo: v.employeeNo || null }, key }, STAFF);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    else {
      void message.success(t('training:saved'));
      onDone();
    }
  };
  return (
    <Modal open title={staff ? t('training:staff.edit') : t('training:staff.add')} onCancel={onDone} onOk={() => void submit()} okText={t('training:saveButton')} okButtonProps={{ id: 'staff-form-ok' }} destroyOnClose>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 8 }} data-testid="staff-form-error" />}
      {locked && <Alert type="info" showIcon message={t('training:staff.hasLoginHelp')} style={{ marginBottom: 8 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={staff ? { ...staff } : { role: 'FRONT_DESK', branchCode: fixedBranch, contactKind: 'PHONE' }}
      >
        <Form.Item name="employeeNo" label={t('training:col.employeeNo')}><Input aria-label={t('training:col.employeeNo')} /></Form.Item>
        <Form.Item name="displayName" label={t('training:col.name')} rules={[{ required: true, max: 60, message: t('training:staff.nameRule') }]}>
          <Input disabled={locked} aria-label={t('training:col.name')} />
        </Form.Item>
        <Form.Item name="role" label={t('training:col.role')}>
          <Select disabled={locked} aria-label={t('training:col.role')} options={roles.map((r) => ({ value: r, label: t(`training:role.${r}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.role !== b.role}>
          {({ getFieldValue }) => (
            <>
              {BRANCH_ROLES.includes(getFieldValue('role')) && !fixedBranch && (
                <Form.Item name="branchCode" label={t('training:col.branch')} rules={[{ required: true, message: t('training:staff.branchRule') }]}>
                  <Select disabled={locked} aria-label={t('training:col.branch')} showSearch optionFilterProp="label" options={BRANCH_CODES.map((c) => ({ value: c, label: branch(c) }))} />
                </Form.Item>
              )}
              {getFieldValue('role') === 'PHONE_MANAGER' && (
                <Form.Item name="contactKind" label={t('training:col.contactKind')}>
                  <Select disabled={locked} aria-label={t('training:col.contactKind')} options={(['PHONE', 'ACCOUNT'] as const).map((k) => ({ value: k, label: t(`training:contactKind.${k}`) }))} />
                </Form.Item>
              )}
            </>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The row-numbered errors of an import (the same table as the sign-in sheet's). */
export function ImportErrors({ errors, title }: { errors: ImportError[]; title: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <Table
      size="small"
      title={() => title}
      data-testid="import-errors"
      rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
      pagination={false}
      dataSource={errors}
      columns={[
        { title: t('training:line'), dataIndex: 'line', width: 70 },
        { title: t('training:column'), dataIndex: 'column', width: 120 },
        { title: t('training:value'), dataIndex: 'value', width: 140, render: (v: string | null) => v ?? '' },
        { title: t('training:problem'), dataIndex: 'message' },
      ]}
    />
  );
}

/**
 * The staff roster: filters by branch, role, contact kind and active flag; add, edit and
 * (de)activate at the version read; import a CSV/XLSX staff list with row-numbered errors.
 * Each name opens the trainee's history.
 */
export function StaffTab({ fixedBranch }: { fixedBranch?: string }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const mayManage = useCan(Capability.STAFF_MANAGE);
  const traineePath = useTraineePath();
  const [branchCode, setBranchCode] = useState<string | null>(fixedBranch ?? null);
  const [role, setRole] = useState<StaffRole | null>(null);
  const [contactKind, setContactKind] = useState<ContactKind | null>(null);
  const [active, setActive] = useState<boolean | null>(true);
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({
    query: TrainingStaffQuery,
    variables: { branchCode: fixedBranch ?? branchCode, role, contactKind, active, search: search.trim() || null, first: PAGE, after },
    context: STAFF,
  });
  const [, update] = useMutation(UpdateStaffMutation);
  const [, importFile] = useMutation(ImportStaffMutation);
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<ImportError[]>([]);
  const page = data?.staff;
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setCursors([null]);
  };
  const toggle = async (s: Staff) => {
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
    if (outcome?.imported) void message.success(t('training:staff.importOk', { created: outcome.created, updated: outcome.updated }));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="staff-roster">
      <Space wrap>
        {!fixedBranch && (
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('training:staff.allBranches')}
            aria-label={t('training:col.branch')}
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
          placeholder={t('training:staff.allRoles')}
          aria-label={t('training:col.role')}
          value={role ?? undefined}
          onChange={refilter((v?: StaffRole) => setRole(v ?? null))}
          options={(fixedBranch ? BRANCH_ROLES : STAFF_ROLES).map((r) => ({ value: r, label: t(`training:role.${r}`) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('training:staff.allKinds')}
          aria-label={t('training:col.contactKind')}
          value={contactKind ?? undefined}
          onChange={refilter((v?: ContactKind) => setContactKind(v ?? null))}
          options={(['PHONE', 'ACCOUNT'] as const).map((k) => ({ value: k, label: t(`training:contactKind.${k}`) }))}
        />
        <Select
          style={{ width: 120 }}
          aria-label={t('training:col.active')}
          value={active === null ? 'ALL' : active ? 'ACTIVE' : 'INACTIVE'}
          onChange={refilter((v: string) => setActive(v === 'ALL' ? null : v === 'ACTIVE'))}
          options={[
            { value: 'ACTIVE', label: t('training:staff.activeOnly') },
            { value: 'INACTIVE', label: t('training:staff.inactiveOnly') },
            { value: 'ALL', label: t('training:staff.activeAll') },
          ]}
        />
        <Input.Search allowClear style={{ width: 200 }} placeholder={t('training:staff.search')} aria-label={t('training:staff.search')} onSearch={refilter((v: string) => setSearch(v))} />
        {mayManage && <Button type="primary" onClick={() => setEditing('new')}>{t('training:staff.add')}</Button>}
        {mayManage && (
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { void onImport(file); return false; }}>
            <Button>{t('training:staff.import')}</Button>
          </Upload>
        )}
      </Space>
      {mayManage && <Typography.Text type="secondary">{t('training:staff.importHelp')}</Typography.Text>}
      {problem && <Alert type="error" showIcon message={problem} data-testid="staff-error" />}
      <ImportErrors errors={importErrors} title={t('training:staff.importErrors')} />
      <QueryState fetching={fetching} error={error} empty={!page?.nodes.length}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={page?.nodes ?? []}
          title={() => t('training:staff.count', { n: page?.totalCount ?? 0 })}
          columns={[
            { title: t('training:col.employeeNo'), key: 'no', width: 110, render: (_, s) => s.employeeNo ?? '—' },
            { title: t('training:col.name'), key: 'name', render: (_, s) => <Link to={traineePath(s.id)}>{s.displayName}</Link> },
            { title: t('training:col.branch'), key: 'branch', render: (_, s) => (s.branchCode ? branch(s.branchCode) : t('training:level.PROVINCE')) },
            { title: t('training:col.role'), key: 'role', render: (_, s) => t(`training:role.${s.role}`) },
            { title: t('training:col.contactKind'), key: 'kind', render: (_, s) => (s.contactKind ? t(`training:contactKind.${s.contactKind}`) : '—') },
            { title: t('training:col.login'), key: 'login', render: (_, s) => (s.hasLogin ? <Tag color="blue">{t('training:staff.hasLogin')}</Tag> : <Tag>{t('training:staff.noLogin')}</Tag>) },
            { title: t('training:col.active'), key: 'active', render: (_, s) => (s.active ? <Tag color="green">{t('training:staff.active')}</Tag> : <Tag color="red">{t('training:staff.inactive')}</Tag>) },
            ...(mayManage
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, s: Staff) => (
                      <Space size="small">
                        <Button size="small" onClick={() => setEditing(s)} aria-label={`${t('training:staff.edit')} ${s.displayName}`}>{t('training:staff.edit')}</Button>
                        {!s.hasLogin && (
                          <Button size="small" danger={s.active} onClick={() => void toggle(s)} aria-label={`${s.active ? t('training:staff.deactivate') : t('training:staff.activate')} ${s.displayName}`}>
                            {s.active ? t('training:staff.deactivate') : t('training:staff.activate')}
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
        <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('training:previousPage')}</Button>
        <Button size="small" disabled={!page?.pageInfo.hasNextPage} onClick={() => page?.pageInfo.endCursor && setCursors((c) => [...c, page.pageInfo.endCursor!])}>{t('training:nextPage')}</Button>
      </Space>
      {editing && <StaffForm staff={editing === 'new' ? null : editing} fixedBranch={fixedBranch} onDone={() => setEditing(null)} />}
    </Space>
  );
}
