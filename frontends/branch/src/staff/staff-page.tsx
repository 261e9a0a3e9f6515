import { useState } from 'react';
import { Alert, Button, Card, Drawer, Form, Input, Modal, Select, Space, Statistic, Table, Tag, Typography, Upload, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability } from '@retention/domain';
import { QueryState, registerMessages, serverErrorMessage, useCan, useLabels, useSession } from '@retention/ui';
import { graphql } from '../gql';
import type { BranchStaffQuery as StaffData, BranchTraineeQuery as TraineeData, ContactKind, StaffRole } from '../gql/graphql';

registerMessages('branchStaff', {
  'zh-CN': {
    title: '本分公司人员与培训档案', count: '共 {{n}} 人', employeeNo: '工号', name: '姓名', role: '岗位', contactKind: '联系类型', login: '登录账号', status: '状态',
    roles: { BRANCH_PLANNER: '策划', PHONE_MANAGER: '电话/客户经理', FRONT_DESK: '营业厅前台' }, kinds: { PHONE: '电话经理', ACCOUNT: '客户经理' },
    allRoles: '全部岗位', allKinds: '全部联系类型', active: '在岗', inactive: '已停用', anyStatus: '全部状态', search: '姓名或工号', hasLogin: '有账号', noLogin: '无账号',
    add: '新增人员', edit: '编辑', deactivate: '停用', activate: '启用', save: '保存', saved: '已保存',
    import: '导入人员名单', importHelp: 'CSV（UTF-8）或 .xlsx：工号、姓名、岗位、联系类型、在岗；分公司填本分公司或留空以外的值会被拒绝；有错误的文件不导入任何行。',
    importOk: '已导入：新增 {{created}}，更新 {{updated}}', importErrors: '人员名单有错误，未导入任何人员', line: '行号', column: '列', value: '内容', problem: '问题',
    hasLoginHelp: '有登录账号的人员只能在这里修改工号（其余在用户管理中修改）。', previous: '上一页', next: '下一页',
    history: '培训档案', sessions: '报名场次', attended: '出席 / 已举办', rateHeld: '出勤率（已举办场次）', rateAll: '出勤率（全部报名场次，含待举办）', averageScore: '平均成绩',
    date: '日期', course: '课程', attendance: '出勤', score: '成绩', passed: '合格', none: '暂无培训记录',
    statusOf: { REGISTERED: '已报名', ATTENDED: '出席', ABSENT: '缺席' }, cancelled: '已取消',
  },
  en: {
    title: 'Our staff and their training', count: '{{n}} people', employeeNo: 'Staff no.', name: 'Name', role: 'Role', contactKind: 'Contact kind', login: 'Login', status: 'Status',
    roles: { BRANCH_PLANNER: 'Planners', PHONE_MANAGER: 'Phone/account managers', FRONT_DESK: 'Front desk' }, kinds: { PHONE: 'Phone manager', ACCOUNT: 'Account manager' },
    allRoles: 'All roles', allKinds: 'All contact kinds', active: 'Active', inactive: 'Deactivated', anyStatus: 'Any status', search: 'Name or staff no.', hasLogin: 'Has a login', noLogin: 'No login',
    add: 'Add a member of staff', edit: 'Edit', deactivate: 'Deactivate', activate: 'Activate', save: 'Save', saved: 'Saved',
    import: 'Import a staff list', importHelp: 'CSV (UTF-8) or .xlsx: 工号, 姓名, 岗位, 联系类型, 在岗; rows of another branch are refused, and a file with errors imports nothing.',
    importOk: 'Imported: {{created}} added, {{updated}} updated', importErrors: 'The staff list has errors: nobody was imported', line: 'Line', column: 'Column', value: 'Value', problem: 'Problem',
    hasLoginHelp: 'Only the staff number of a person with a login is edited here (the rest in user administration).', previous: 'Previous', next: 'Next',
    history: 'Training record', sessions: 'Sessions enrolled', attended: 'Attended / held', rateHeld: 'Attendance (sessions held so far)', rateAll: 'Attendance (all sessions enrolled, upcoming included)', averageScore: 'Average score',
    date: 'Date', course: 'Course', attendance: 'Attendance', score: 'Score', passed: 'Passed', none: 'No training yet',
    statusOf: { REGISTERED: 'Registered', ATTENDED: 'Attended', ABSENT: 'Absent' }, cancelled: 'Cancelled',
  },
});

export const BranchStaffQuery = graphql(`
  query BranchStaff($role: StaffRole, $contactKind: ContactKind, $active: Boolean, $search: String, $after: String) {
    staff(role: $role, contactKind: $contactKind, active: $active, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id employeeNo displayName role contactKind branchCode active hasLogin version }
    }
  }
`);

export const BranchTraineeQuery = graphql(`
  query BranchTrainee($id: ID!) {
    staffMember(id: $id) {
      id displayName
      history { id status score passed session { id startDate held status course { title passMark } } }
    }
  }
`);

const CreateBranchStaffMutation = graphql(`
  mutation CreateBranchStaff($input: CreateStaffInput!, $key: String) { createStaff(input: $input, idempotencyKey: $key) { id version } }
`);
const UpdateBranchStaffMutation = graphql(`
  mutation UpdateBranchStaff($id: ID!, $version: Int!, $input: UpdateStaffInput!) { updateStaff(id: $id, version: $version, input: $input) { id version active displayName role contactKind employeeNo } }
`);
const ImportBranchStaffMutation = graphql(`
  mutation ImportBranchStaff($fileName: String!, $content: String!) { importStaff(fileName: $fileName, contentBase64: $content) { imported created updated errors { line column code value message } } }
`);

type Staff = StaffData['staff']['nodes'][number];
type Entry = NonNullable<TraineeData['staffMember']>['history'][number];
const ROLES: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK'];
const STAFF = { additionalTypenames: ['Staff'] };
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const newKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A trainee's sessions, attendance, scores and pass, with attendance over held and over all enrolled sessions, each labelled. */
function TraineeDrawer({ staffId, onClose }: { staffId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: BranchTraineeQuery, variables: { id: staffId } });
  const person = data?.staffMember;
  const live = (person?.history ?? []).filter((e: Entry) => e.session?.status !== 'CANCELLED');
  const held = live.filter((e) => e.session?.held);
  const attended = live.filter((e) => e.status === 'ATTENDED');
  const scored = attended.filter((e) => e.score !== null && e.score !== undefined);
  return (
    <Drawer open width={720} onClose={onClose} title={`${t('branchStaff:history')} · ${person?.displayName ?? ''}`}>
      <QueryState fetching={fetching} error={error} empty={!person}>
        <Space wrap size="large" style={{ marginBottom: 12 }} data-testid="branch-trainee-summary">
          <Statistic title={t('branchStaff:sessions')} value={live.length} />
          <Statistic title={t('branchStaff:attended')} value={`${attended.length} / ${held.length}`} />
          <Statistic title={t('branchStaff:rateHeld')} value={pct(held.length ? held.filter((e) => e.status === 'ATTENDED').length / held.length : null)} />
          <Statistic title={t('branchStaff:rateAll')} value={pct(live.length ? attended.length / live.length : null)} />
          <Statistic title={t('branchStaff:averageScore')} value={scored.length ? (scored.reduce((s, e) => s + (e.score ?? 0), 0) / scored.length).toFixed(1) : '—'} />
        </Space>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={person?.history ?? []}
          locale={{ emptyText: t('branchStaff:none') }}
          columns={[
            { title: t('branchStaff:date'), key: 'd', render: (_, e) => e.session?.startDate },
            { title: t('branchStaff:course'), key: 'c', render: (_, e) => e.session?.course?.title },
            { title: t('branchStaff:attendance'), key: 'a', render: (_, e) => (e.session?.status === 'CANCELLED' ? <Tag>{t('branchStaff:cancelled')}</Tag> : <Tag>{t(`branchStaff:statusOf.${e.status}`)}</Tag>) },
            { title: t('branchStaff:score'), key: 's', render: (_, e) => e.score ?? '—' },
            { title: t('branchStaff:passed'), key: 'p', render: (_, e) => (e.passed === null || e.passed === undefined ? '—' : e.passed ? <Tag color="green">✓</Tag> : <Tag color="red">✗</Tag>) },
          ]}
        />
      </QueryState>
    </Drawer>
  );
}

function StaffForm({ staff, branchCode, onDone }: { staff: Staff | null; branchCode: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const [, create] = useMutation(CreateBranchStaffMutation);
  const [, update] = useMutation(UpdateBranchStaffMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [key] = useState(newKey);
  const locked = Boolean(staff?.hasLogin);
  const submit = async () => {
    const v = await form.validateFields();
    const contactKind = v.role === 'PHONE_MANAGER' ? (v.contactKind ?? 'PHONE') : null;
    const result = staff
      ? await update({ id: staff.id, version: staff.version, input: locked ? { employeeNo: v.employeeNo || null } : { displayName: v.displayName, role: v.role, branchCode, contactKind, employeeNo: v.employeeNo || null } }, STAFF)
      : await create({ input: { displayName: v.displayName, role: v.role, branchCode, contactKind, employeeNo: v.employeeNo || null }, key }, STAFF);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    else {
      void message.success(t('branchStaff:saved'));
      onDone();
    }
  };
  return (
    <Modal open title={staff ? t('branchStaff:edit') : t('branchStaff:add')} onCancel={onDone} onOk={() => void submit()} okText={t('branchStaff:save')} okButtonProps={{ id: 'branch-staff-ok' }} destroyOnClose>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 8 }} />}
      {locked && <Alert type="info" showIcon message={t('branchStaff:hasLoginHelp')} style={{ marginBottom: 8 }} />}
      <Form form={form} layout="vertical" initialValues={staff ? { ...staff } : { role: 'FRONT_DESK', contactKind: 'PHONE' }}>
        <Form.Item name="employeeNo" label={t('branchStaff:employeeNo')}><Input /></Form.Item>
        <Form.Item name="displayName" label={t('branchStaff:name')} rules={[{ required: true, max: 60 }]}><Input disabled={locked} aria-label={t('branchStaff:name')} /></Form.Item>
        <Form.Item name="role" label={t('branchStaff:role')}>
          <Select disabled={locked} options={ROLES.map((r) => ({ value: r, label: t(`branchStaff:roles.${r}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.role !== b.role}>
          {({ getFieldValue }) =>
            getFieldValue('role') === 'PHONE_MANAGER' && (
              <Form.Item name="contactKind" label={t('branchStaff:contactKind')}>
                <Select disabled={locked} options={(['PHONE', 'ACCOUNT'] as const).map((k) => ({ value: k, label: t(`branchStaff:kinds.${k}`) }))} />
              </Form.Item>
            )
          }
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Branch planners: their own branch's staff (filters, add/edit/deactivate at the version read, CSV/XLSX import) and each trainee's record. */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const code = useSession().user?.branch?.code ?? '';
  const mayManage = useCan(Capability.STAFF_MANAGE);
  const [role, setRole] = useState<StaffRole | null>(null);
  const [contactKind, setContactKind] = useState<ContactKind | null>(null);
  const [active, setActive] = useState<boolean | null>(true);
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }] = useQuery({ query: BranchStaffQuery, variables: { role, contactKind, active, search: search.trim() || null, after: cursors[cursors.length - 1] }, context: STAFF });
  const [, update] = useMutation(UpdateBranchStaffMutation);
  const [, importFile] = useMutation(ImportBranchStaffMutation);
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<{ line: number; column?: string | null; code: string; value?: string | null; message: string }[]>([]);
  const page = data?.staff;
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setCursors([null]);
  };
  const onImport = async (file: File) => {
    setProblem(null);
    const result = await importFile({ fileName: file.name, content: await fileToBase64(file) }, STAFF);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    const outcome = result.data?.importStaff;
    setImportErrors(outcome?.errors ?? []);
    if (outcome?.imported) void message.success(t('branchStaff:importOk', { created: outcome.created, updated: outcome.updated }));
  };
  return (
    <Card size="small" title={`${t('branchStaff:title')} · ${branch(code)}`} data-testid="branch-staff">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select allowClear style={{ width: 160 }} placeholder={t('branchStaff:allRoles')} aria-label={t('branchStaff:role')} value={role ?? undefined} onChange={refilter((v?: StaffRole) => setRole(v ?? null))} options={ROLES.map((r) => ({ value: r, label: t(`branchStaff:roles.${r}`) }))} />
          <Select allowClear style={{ width: 140 }} placeholder={t('branchStaff:allKinds')} aria-label={t('branchStaff:contactKind')} value={contactKind ?? undefined} onChange={refilter((v?: ContactKind) => setContactKind(v ?? null))} options={(['PHONE', 'ACCOUNT'] as const).map((k) => ({ value: k, label: t(`branchStaff:kinds.${k}`) }))} />
          <Select
            style={{ width: 120 }}
            aria-label={t('branchStaff:status')}
            value={active === null ? 'ALL' : active ? 'ACTIVE' : 'INACTIVE'}
            onChange={refilter((v: string) => setActive(v === 'ALL' ? null : v === 'ACTIVE'))}
            options={[{ value: 'ACTIVE', label: t('branchStaff:active') }, { value: 'INACTIVE', label: t('branchStaff:inactive') }, { value: 'ALL', label: t('branchStaff:anyStatus') }]}
          />
          <Input.Search allowClear style={{ width: 200 }} placeholder={t('branchStaff:search')} aria-label={t('branchStaff:search')} onSearch={refilter((v: string) => setSearch(v))} />
          {mayManage && <Button type="primary" onClick={() => setEditing('new')}>{t('branchStaff:add')}</Button>}
          {mayManage && (
            <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { void onImport(file); return false; }}>
              <Button>{t('branchStaff:import')}</Button>
            </Upload>
          )}
        </Space>
        {mayManage && <Typography.Text type="secondary">{t('branchStaff:importHelp')}</Typography.Text>}
        {problem && <Alert type="error" showIcon message={problem} />}
        {importErrors.length > 0 && (
          <Table
            size="small"
            title={() => t('branchStaff:importErrors')}
            rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
            pagination={false}
            dataSource={importErrors}
            data-testid="branch-staff-import-errors"
            columns={[{ title: t('branchStaff:line'), dataIndex: 'line', width: 70 }, { title: t('branchStaff:column'), dataIndex: 'column', width: 120 }, { title: t('branchStaff:value'), dataIndex: 'value', width: 120 }, { title: t('branchStaff:problem'), dataIndex: 'message' }]}
          />
        )}
        <QueryState fetching={fetching} error={error} empty={!page?.nodes.length}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            title={() => t('branchStaff:count', { n: page?.totalCount ?? 0 })}
            dataSource={page?.nodes ?? []}
            columns={[
              { title: t('branchStaff:employeeNo'), key: 'no', render: (_, s) => s.employeeNo ?? '—' },
              { title: t('branchStaff:name'), key: 'name', render: (_, s) => <Button type="link" size="small" onClick={() => setHistory(s.id)}>{s.displayName}</Button> },
              { title: t('branchStaff:role'), key: 'role', render: (_, s) => t(`branchStaff:roles.${s.role}`) },
              { title: t('branchStaff:contactKind'), key: 'kind', render: (_, s) => (s.contactKind ? t(`branchStaff:kinds.${s.contactKind}`) : '—') },
              { title: t('branchStaff:login'), key: 'login', render: (_, s) => (s.hasLogin ? <Tag color="blue">{t('branchStaff:hasLogin')}</Tag> : <Tag>{t('branchStaff:noLogin')}</Tag>) },
              { title: t('branchStaff:status'), key: 'active', render: (_, s) => (s.active ? <Tag color="green">{t('branchStaff:active')}</Tag> : <Tag color="red">{t('branchStaff:inactive')}</Tag>) },
              ...(mayManage
                ? [{
                    title: '',
                    key: 'actions',
                    render: (_: unknown, s: Staff) => (
                      <Space size="small">
                        <Button size="small" onClick={() => setEditing(s)} aria-label={`${t('branchStaff:edit')} ${s.displayName}`}>{t('branchStaff:edit')}</Button>
                        {!s.hasLogin && (
                          <Button size="small" danger={s.active} aria-label={`${s.active ? t('branchStaff:deactivate') : t('branchStaff:activate')} ${s.displayName}`}
                            onClick={() => void update({ id: s.id, version: s.version, input: { active: !s.active } }, STAFF).then((r) => r.error && setProblem(serverErrorMessage(r.error, i18n.language)))}>
                            {s.active ? t('branchStaff:deactivate') : t('branchStaff:activate')}
                          </Button>
                        )}
                      </Space>
                    ),
                  }]
                : []),
            ]}
          />
        </QueryState>
        <Space>
          <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('branchStaff:previous')}</Button>
          <Button size="small" disabled={!page?.pageInfo.hasNextPage} onClick={() => page?.pageInfo.endCursor && setCursors((c) => [...c, page.pageInfo.endCursor!])}>{t('branchStaff:next')}</Button>
        </Space>
      </Space>
      {editing && <StaffForm staff={editing === 'new' ? null : editing} branchCode={code} onDone={() => setEditing(null)} />}
      {history && <TraineeDrawer staffId={history} onClose={() => setHistory(null)} />}
    </Card>
  );
}
