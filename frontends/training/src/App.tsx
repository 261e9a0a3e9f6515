import { useContext, useMemo, useState } from 'react';
import { Alert, Button, Card, InputNumber, message, Popconfirm, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useParams, useResolvedPath, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { BRANCH_CODES, Capability } from '@retention/domain';
import { Chart, exportFileName, exportToExcel } from '@retention/segment-views';
import { QueryState, serverErrorMessage, useCan, useLabels } from '@retention/ui';
import { COURSES, CourseForm, type Course } from './courses/course-form';
import { CourseTalkTrack } from './courses/course-talk-track';
import { graphql } from './gql';
import type { AttendanceStatus, StaffRole, TrainingCoverageQuery as CoverageData } from './gql/graphql';
import { pct, quarterOf, recentQuarters } from './messages';
import { SESSIONS, SessionForm, type Session } from './sessions/session-form';
import { StaffTab } from './staff/staff-tab';
import { TraineeHistory } from './staff/trainee-history';
import { fileToBase64, TrainingBase, useTraineePath } from './util';

export const TrainingCoursesQuery = graphql(`
  query TrainingCourses {
    courses { id code title description category audienceRoles hours passMark version campaignId modules { title } materials { kind title url fileName } }
  }
`);

export const TrainingCalendarQuery = graphql(`
  query TrainingCalendar($quarter: String!) {
    trainingSessions(quarter: $quarter) { id courseId level branchCode trainer place startDate endDate startTime endTime capacity status held enrolled attended absent version course { title code } }
    plannerSessionCheck(quarter: $quarter) { branchCode ok }
  }
`);

export const SessionRosterQuery = graphql(`
  query SessionRoster($id: ID!) {
    trainingSession(id: $id) { id branchCode course { title audienceRoles passMark } enrollments { id version status score passed staff { id displayName employeeNo role branchCode } } }
  }
`);

/** Active staff found by name or number: the candidates to enroll one by one on a session. */
export const StaffCandidatesQuery = graphql(`
  query StaffCandidates($branchCode: String, $search: String) {
    staff(branchCode: $branchCode, active: true, search: $search, first: 20) { nodes { id employeeNo displayName role branchCode } }
  }
`);

export const TrainingCoverageQuery = graphql(`
  query TrainingCoverage($quarter: String!, $role: StaffRoleKey) {
    trainingCoverage(quarter: $quarter, role: $role) { branchCode staff trained coverage averageScore passRate enrolled attended absent sessionsHeld sessionsPlanned attendanceRateHeld attendanceRatePlanned }
  }
`);

export const CoverageTrendQuery = graphql(`
  query TrainingCoverageTrend($quarter: String!, $role: StaffRoleKey) {
    trainingCoverageTrend(throughQuarter: $quarter, quarters: 4, role: $role) { quarter branchCode staff trained coverage }
  }
`);

export const CancelSessionMutation = graphql(`
  mutation CancelTrainingSession($id: ID!, $version: Int!) {
    cancelTrainingSession(id: $id, version: $version) { id status version }
  }
`);

export const EnrollStaffMutation = graphql(`
  mutation EnrollStaff($sessionId: ID!, $staffIds: [ID!]!) {
    enrollStaff(sessionId: $sessionId, staffIds: $staffIds) { id }
  }
`);

export const WithdrawEnrollmentMutation = graphql(`
  mutation WithdrawEnrollment($id: ID!, $version: Int!) {
    withdrawEnrollment(id: $id, version: $version)
  }
`);

export const EnrollByRoleMutation = graphql(`
  mutation EnrollByRole($sessionId: ID!, $role: StaffRole!) {
    enrollByRole(sessionId: $sessionId, role: $role) { id }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) { id version status score passed }
  }
`);

export const ImportSignInMutation = graphql(`
  mutation ImportSignInSheet($sessionId: ID!, $fileName: String!, $content: String!) {
    importSignInSheet(sessionId: $sessionId, fileName: $fileName, contentBase64: $content) { imported attended absent newlyEnrolled errors { line column code message } }
  }
`);

const AUDIENCE: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK'];


/** Quarterly calendar of sessions, with the planner rule; trainers schedule, edit and cancel sessions. */
function CalendarTab({ quarter }: { quarter: string }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const [{ data, fetching, error }, reload] = useQuery({ query: TrainingCalendarQuery, variables: { quarter }, context: SESSIONS });
  const [cancelled, cancel] = useMutation(CancelSessionMutation);
  const mayManage = useCan(Capability.TRAINING_MANAGE);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const missing = (data?.plannerSessionCheck ?? []).filter((p) => !p.ok);
  const sessions = data?.trainingSessions ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {data && <Alert type={missing.length ? 'warning' : 'success'} showIcon message={missing.length ? t('training:plannerMissing') + missing.map((p) => branch(p.branchCode)).join('、') : t('training:plannerOk')} />}
      {mayManage && <Button type="primary" onClick={() => setEditing('new')}>{t('training:newSession')}</Button>}
      {cancelled.error && <Alert type="error" showIcon message={serverErrorMessage(cancelled.error, i18n.language)} />}
      <QueryState fetching={fetching} error={error} empty={sessions.length === 0}>
        <Table
          rowKey="id"
          size="small"
          dataSource={sessions}
          pagination={{ pageSize: 30 }}
          columns={[
            { title: t('training:col.date'), key: 'date', render: (_, s) => (s.endDate !== s.startDate ? `${s.startDate} – ${s.endDate}` : s.startDate), width: 120 },
            { title: t('training:col.time'), key: 'time', render: (_, s) => `${s.startTime}–${s.endTime}`, width: 110 },
            { title: t('training:col.title'), key: 'course', render: (_, s) => s.course?.title },
            { title: t('training:col.level'), key: 'level', render: (_, s) => (s.level === 'PROVINCE' ? t('training:level.PROVINCE') : branch(s.branchCode)) },
            { title: t('training:col.trainer'), dataIndex: 'trainer' },
            { title: t('training:col.place'), dataIndex: 'place' },
            { title: t('training:col.enrolled'), key: 'enrolled', render: (_, s) => `${s.enrolled}/${s.capacity}` },
            { title: t('training:col.attended'), dataIndex: 'attended' },
            {
              title: t('training:col.status'),
              key: 'status',
              render: (_, s) => (s.status === 'CANCELLED' ? <Tag>{t('training:cancelled')}</Tag> : s.held ? <Tag color="green">{t('training:held')}</Tag> : <Tag color="blue">{t('training:upcoming')}</Tag>),
            },
            ...(mayManage
              ? [
                  {
                    title: '',
                    key: 'actions',
                    render: (_: unknown, s: Session) =>
                      s.status === 'SCHEDULED' ? (
                        <Space size="small">
                          <Button size="small" onClick={() => setEditing(s)} aria-label={`${t('training:edit')} ${s.course?.title ?? ''} ${s.startDate}`}>{t('training:edit')}</Button>
                          {!s.held && (
                            <Popconfirm title={t('training:cancelConfirm')} okText={t('training:cancelSession')} onConfirm={() => void cancel({ id: s.id, version: s.version }, SESSIONS)}>
                              <Button size="small" danger>{t('training:cancelSession')}</Button>
                            </Popconfirm>
                          )}
                        </Space>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </QueryState>
      {editing && <SessionForm session={editing === 'new' ? null : editing} onDone={() => setEditing(null)} onStale={() => reload({ requestPolicy: 'network-only' })} />}
    </Space>
  );
}

/** The course catalogue; trainers add courses and edit them. */
function CoursesTab() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reload] = useQuery({ query: TrainingCoursesQuery, context: COURSES });
  const mayManage = useCan(Capability.TRAINING_MANAGE);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mayManage && <Button type="primary" onClick={() => setEditing('new')}>{t('training:newCourse')}</Button>}
      <QueryState fetching={fetching} error={error} empty={!data?.courses.length}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data?.courses ?? []}
          expandable={{
            expandedRowRender: (c) => (
              <Space direction="vertical">
                <Typography.Text>{c.description}</Typography.Text>
                <div>{c.modules.map((m) => <Tag key={m.title}>{m.title}</Tag>)}</div>
                {c.materials.length > 0 && <div>{t('training:materials')}: {c.materials.map((m) => (m.url ? <a key={m.title} href={m.url}>{m.title} </a> : <Tag key={m.title}>{m.fileName}</Tag>))}</div>}
                <CourseTalkTrack courseId={c.id} />
              </Space>
            ),
          }}
          columns={[
            { title: t('training:col.code'), dataIndex: 'code', width: 140 },
            { title: t('training:col.title'), dataIndex: 'title' },
            { title: t('training:col.category'), key: 'category', render: (_, c) => t(`training:category.${c.category}`) },
            { title: t('training:col.audience'), key: 'audience', render: (_, c) => c.audienceRoles.map((r) => <Tag key={r}>{t(`training:role.${r}`)}</Tag>) },
            { title: t('training:col.hours'), dataIndex: 'hours', width: 70 },
            { title: t('training:col.passMark'), dataIndex: 'passMark', width: 80 },
            { title: t('training:campaign'), key: 'campaign', render: (_, c) => (c.campaignId ? <Tag color="purple">{t('training:talkTrack.linked')}</Tag> : null) },
            ...(mayManage
              ? [{ title: '', key: 'edit', width: 80, render: (_: unknown, c: Course) => <Button size="small" onClick={() => setEditing(c)} aria-label={`${t('training:edit')} ${c.code}`}>{t('training:edit')}</Button> }]
              : []),
          ]}
        />
      </QueryState>
      {editing && <CourseForm course={editing === 'new' ? null : editing} onDone={() => setEditing(null)} onStale={() => reload({ requestPolicy: 'network-only' })} />}
    </Space>
  );
}

type Entry = { status: AttendanceStatus; score: number | null };

/** One session's roster: enroll by role, mark attended/absent, enter scores, or import the sign-in sheet. */
function AttendanceTab({ quarter }: { quarter: string }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const [calendar] = useQuery({ query: TrainingCalendarQuery, variables: { quarter }, context: SESSIONS });
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [roster] = useQuery({ query: SessionRosterQuery, variables: { id: sessionId ?? '' }, pause: !sessionId, context: SESSIONS });
  const [, enrollRole] = useMutation(EnrollByRoleMutation);
  const [, enrollOne] = useMutation(EnrollStaffMutation);
  const [, withdraw] = useMutation(WithdrawEnrollmentMutation);
  const [, record] = useMutation(RecordAttendanceMutation);
  const [, importSheet] = useMutation(ImportSignInMutation);
  const traineePath = useTraineePath();
  const mayEnroll = useCan(Capability.ENROLLMENT_MANAGE);
  const mayRecord = useCan(Capability.TRAINING_MANAGE);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [edits, setEdits] = useState<Record<string, Entry>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sheetErrors, setSheetErrors] = useState<{ line: number; column?: string | null; code: string; message: string }[]>([]);
  const session = roster.data?.trainingSession;
  const enrollments = session?.enrollments ?? [];
  // Candidates to enroll one by one: active staff of the session's branch (any branch for a province session), found by name or number.
  const [candidates] = useQuery({
    query: StaffCandidatesQuery,
    variables: { branchCode: session?.branchCode ?? null, search: search.trim() || null },
    pause: !session || !mayEnroll || search.trim().length === 0,
    context: SESSIONS,
  });
  const enrolledIds = new Set(enrollments.map((e) => e.staff?.id));
  const candidateOptions = (candidates.data?.staff.nodes ?? [])
    .filter((s) => !enrolledIds.has(s.id) && (session?.course?.audienceRoles ?? []).includes(s.role))
    .map((s) => ({ value: s.id, label: `${s.displayName} · ${s.employeeNo ?? ''} · ${branch(s.branchCode)} · ${t(`training:role.${s.role}`)}` }));
  const onEnroll = async () => {
    setProblem(null);
    const result = await enrollOne({ sessionId: sessionId!, staffIds: picked }, SESSIONS);
    if (result.error) fail(result.error);
    else setPicked([]);
  };
  const value = (e: (typeof enrollments)[number]): Entry => edits[e.id] ?? { status: e.status, score: e.score ?? null };
  const fail = (error: Parameters<typeof serverErrorMessage>[0]) => setProblem(serverErrorMessage(error, i18n.language));
  const save = async () => {
    setProblem(null);
    const entries = enrollments.filter((e) => edits[e.id]).map((e) => ({ enrollmentId: e.id, version: e.version, status: edits[e.id].status, score: edits[e.id].status === 'ATTENDED' ? edits[e.id].score : null }));
    const result = await record({ sessionId: sessionId!, entries }, SESSIONS);
    if (result.error) fail(result.error);
    else {
      setEdits({});
      void message.success(t('training:saved'));
    }
  };
  const onImport = async (file: File) => {
    setProblem(null);
    const result = await importSheet({ sessionId: sessionId!, fileName: file.name, content: await fileToBase64(file) }, SESSIONS);
    if (result.error) fail(result.error);
    const outcome = result.data?.importSignInSheet;
    setSheetErrors(outcome?.errors ?? []);
    if (outcome?.imported) void message.success(t('training:importOk', { attended: outcome.attended, absent: outcome.absent }));
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        showSearch
        optionFilterProp="label"
        style={{ width: 520 }}
        placeholder={t('training:chooseSession')}
        value={sessionId ?? undefined}
        onChange={(id) => {
          setSessionId(id);
          setEdits({});
          setSheetErrors([]);
        }}
        aria-label={t('training:chooseSession')}
        options={(calendar.data?.trainingSessions ?? []).map((s) => ({ value: s.id, label: `${s.startDate} ${s.course?.title ?? ''} · ${s.level === 'PROVINCE' ? t('training:level.PROVINCE') : branch(s.branchCode)}` }))}
      />
      {problem && <Alert type="error" showIcon message={problem} />}
      {session && (
        <>
          <Space wrap>
            {mayEnroll && session.course?.audienceRoles
              .filter((r) => AUDIENCE.includes(r))
              .map((r) => (
                <Button key={r} onClick={() => void enrollRole({ sessionId: session.id, role: r }, SESSIONS).then((res) => res.error && fail(res.error))}>
                  {t('training:enrollRole')}: {t(`training:role.${r}`)}
                </Button>
              ))}
            {mayRecord && (
              <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { void onImport(file); return false; }}>
                <Button>{t('training:import')}</Button>
              </Upload>
            )}
            {mayRecord && <Button type="primary" disabled={Object.keys(edits).length === 0} onClick={() => void save()}>{t('training:save')}</Button>}
          </Space>
          {mayEnroll && (
            <Space wrap>
              <Select
                mode="multiple"
                showSearch
                filterOption={false}
                style={{ width: 520 }}
                placeholder={t('training:enrollSearch')}
                aria-label={t('training:enrollSearch')}
                value={picked}
                onSearch={setSearch}
                onChange={setPicked}
                notFoundContent={search ? t('training:noCandidates') : null}
                options={candidateOptions}
              />
              <Button disabled={picked.length === 0} onClick={() => void onEnroll()}>{t('training:enrollPicked')}</Button>
            </Space>
          )}
          {sheetErrors.length > 0 && (
            <Table
              size="small"
              title={() => t('training:importErrors')}
              rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
              pagination={false}
              dataSource={sheetErrors}
              columns={[{ title: t('training:line'), dataIndex: 'line', width: 70 }, { title: t('training:column'), dataIndex: 'column', width: 120 }, { title: t('training:problem'), dataIndex: 'message' }]}
            />
          )}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={enrollments}
            columns={[
              { title: t('training:col.employeeNo'), key: 'no', render: (_, e) => e.staff?.employeeNo ?? '—', width: 110 },
              { title: t('training:col.name'), key: 'name', render: (_, e) => (e.staff ? <Link to={traineePath(e.staff.id)}>{e.staff.displayName}</Link> : '') },
              { title: t('training:col.branch'), key: 'branch', render: (_, e) => branch(e.staff?.branchCode) },
              { title: t('training:col.role'), key: 'role', render: (_, e) => (e.staff ? t(`training:role.${e.staff.role}`) : '') },
              {
                title: t('training:col.status'),
                key: 'status',
                render: (_, e) => (
                  <Select<AttendanceStatus>
                    size="small"
                    style={{ width: 100 }}
                    value={value(e).status}
                    disabled={!mayRecord}
                    aria-label={`${e.staff?.displayName} status`}
                    onChange={(status) => setEdits((d) => ({ ...d, [e.id]: { ...value(e), status } }))}
                    options={(['REGISTERED', 'ATTENDED', 'ABSENT'] as const).map((s) => ({ value: s, label: t(`training:status.${s}`) }))}
                  />
                ),
              },
              {
                title: t('training:col.score'),
                key: 'score',
                render: (_, e) => (
                  <InputNumber
                    size="small"
                    min={0}
                    max={100}
                    disabled={!mayRecord || value(e).status !== 'ATTENDED'}
                    value={value(e).score}
                    aria-label={`${e.staff?.displayName} score`}
                    onChange={(score) => setEdits((d) => ({ ...d, [e.id]: { ...value(e), score } }))}
                  />
                ),
              },
              { title: t('training:col.passed'), key: 'passed', render: (_, e) => (e.passed === null || e.passed === undefined ? '—' : e.passed ? <Tag color="green">✓</Tag> : <Tag color="red">✗</Tag>) },
              {
                title: '',
                key: 'withdraw',
                render: (_, e) =>
                  mayEnroll && e.status === 'REGISTERED' && !edits[e.id] ? (
                    <Button size="small" onClick={() => void withdraw({ id: e.id, version: e.version }, SESSIONS).then((res) => res.error && fail(res.error))}>{t('training:withdraw')}</Button>
                  ) : null,
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}

type CoverageRow = CoverageData['trainingCoverage'][number];

/** Coverage per branch for a role (or all pooled), with both attendance rates labelled, a chart and an Excel export. */
function CoverageTab({ quarter }: { quarter: string }) {
  const { t } = useTranslation();
  const { branch } = useLabels();
  const [role, setRole] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: TrainingCoverageQuery, variables: { quarter, role }, context: SESSIONS });
  const rows = useMemo(() => data?.trainingCoverage ?? [], [data]);
  const [trend] = useQuery({ query: CoverageTrendQuery, variables: { quarter, role }, context: SESSIONS });
  const [trendBranch, setTrendBranch] = useState<string | null>(null);
  // Coverage over the last four quarters: the province (all branches pooled) and, when chosen, one branch.
  const trendOption = useMemo(() => {
    const points = trend.data?.trainingCoverageTrend ?? [];
    const quarters = [...new Set(points.map((p) => p.quarter))].sort();
    const pooled = quarters.map((q) => {
      const inQ = points.filter((p) => p.quarter === q);
      const staff = inQ.reduce((n, p) => n + p.staff, 0);
      return staff ? Number(((inQ.reduce((n, p) => n + p.trained, 0) / staff) * 100).toFixed(1)) : null;
    });
    const series = [{ name: t('training:province'), type: 'line', data: pooled }];
    if (trendBranch) {
      series.push({
        name: branch(trendBranch),
        type: 'line',
        data: quarters.map((q) => {
          const c = points.find((p) => p.quarter === q && p.branchCode === trendBranch)?.coverage;
          return c === null || c === undefined ? null : Number((c * 100).toFixed(1));
        }),
      });
    }
    return { tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 50, right: 20, bottom: 30 }, xAxis: { type: 'category', data: quarters }, yAxis: { type: 'value', max: 100, name: '%' }, series };
  }, [trend.data, trendBranch, branch, t]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 50, right: 20, bottom: 40 },
      xAxis: { type: 'category', data: rows.map((r) => branch(r.branchCode)) },
      yAxis: { type: 'value', max: 100, name: '%' },
      series: [{ name: t('training:col.coverage'), type: 'bar', data: rows.map((r) => (r.coverage === null || r.coverage === undefined ? null : Number((r.coverage * 100).toFixed(1)))) }],
    }),
    [rows, branch, t],
  );
  const columns: { title: string; value: (r: CoverageRow) => string | number | null | undefined; format?: 'percent' | 'integer' | 'decimal1' }[] = [
    { title: t('training:col.branch'), value: (r) => branch(r.branchCode) },
    { title: t('training:col.staff'), value: (r) => r.staff, format: 'integer' },
    { title: t('training:col.trained'), value: (r) => r.trained, format: 'integer' },
    { title: t('training:col.coverage'), value: (r) => r.coverage, format: 'percent' },
    { title: t('training:col.averageScore'), value: (r) => r.averageScore, format: 'decimal1' },
    { title: t('training:col.passRate'), value: (r) => r.passRate, format: 'percent' },
    { title: t('training:col.rateHeld'), value: (r) => r.attendanceRateHeld, format: 'percent' },
    { title: t('training:col.ratePlanned'), value: (r) => r.attendanceRatePlanned, format: 'percent' },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Select
          style={{ width: 240 }}
          value={role ?? 'ALL'}
          aria-label={t('training:col.role')}
          onChange={(v) => setRole(v === 'ALL' ? null : v)}
          options={[{ value: 'ALL', label: t('training:allRoles') }, ...AUDIENCE.map((r) => ({ value: r, label: t(`training:role.${r}`) }))]}
        />
        <Button disabled={rows.length === 0} onClick={() => void exportToExcel(exportFileName('培训覆盖率', quarter, role), quarter, columns, rows)}>{t('training:export')}</Button>
      </Space>
      <QueryState fetching={fetching} error={error} empty={rows.length === 0}>
        <Chart option={option} testId="coverage-chart" height={260} />
        <Card
          size="small"
          title={t('training:trend')}
          extra={
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('training:province')}
              aria-label={t('training:trendBranch')}
              value={trendBranch ?? undefined}
              onChange={(v?: string) => setTrendBranch(v ?? null)}
              options={BRANCH_CODES.map((c) => ({ value: c, label: branch(c) }))}
            />
          }
        >
          <Chart option={trendOption} testId="coverage-trend" height={220} />
        </Card>
        <Table
          rowKey="branchCode"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t('training:col.branch'), key: 'b', render: (_, r) => branch(r.branchCode) },
            { title: t('training:col.staff'), dataIndex: 'staff' },
            { title: t('training:col.trained'), dataIndex: 'trained' },
            { title: t('training:col.coverage'), key: 'c', render: (_, r) => pct(r.coverage) },
            { title: t('training:col.averageScore'), key: 'a', render: (_, r) => r.averageScore?.toFixed(1) ?? '—' },
            { title: t('training:col.passRate'), key: 'p', render: (_, r) => pct(r.passRate) },
            { title: t('training:col.rateHeld'), key: 'h', render: (_, r) => `${pct(r.attendanceRateHeld)} (${r.sessionsHeld})` },
            { title: t('training:col.ratePlanned'), key: 'pl', render: (_, r) => `${pct(r.attendanceRatePlanned)} (${r.sessionsPlanned})` },
          ]}
        />
      </QueryState>
    </Space>
  );
}

const TABS = ['calendar', 'courses', 'attendance', 'coverage', 'staff'] as const;

/** The tabs of the app; the open tab is kept in the address (?tab=…) so a trainee's page leads back to it. */
function TrainingTabs() {
  const { t } = useTranslation();
  const quarters = recentQuarters(quarterOf(new Date()), 6);
  const [quarter, setQuarter] = useState(quarters[0]);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'calendar';
  return (
    <Card
      size="small"
      extra={
        <Space>
          <span>{t('training:quarter')}</span>
          <Select style={{ width: 110 }} value={quarter} onChange={setQuarter} options={quarters.map((q) => ({ value: q, label: q }))} aria-label={t('training:quarter')} />
        </Space>
      }
    >
      <Tabs
        destroyInactiveTabPane
        activeKey={tab}
        onChange={(key) => setParams(key === 'calendar' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'calendar', label: t('training:tabs.calendar'), children: <CalendarTab quarter={quarter} /> },
          { key: 'courses', label: t('training:tabs.courses'), children: <CoursesTab /> },
          { key: 'attendance', label: t('training:tabs.attendance'), children: <AttendanceTab quarter={quarter} /> },
          { key: 'coverage', label: t('training:tabs.coverage'), children: <CoverageTab quarter={quarter} /> },
          { key: 'staff', label: t('training:tabs.staff'), children: <StaffTab /> },
        ]}
      />
    </Card>
  );
}

/** A trainee's history page (from the staff list and the enrollment tables). */
function TraineePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const base = useContext(TrainingBase);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to={`${base || ''}/?tab=staff`}>{`← ${t('training:tabs.staff')}`}</Link>
      <TraineeHistory staffId={id} />
    </Space>
  );
}

/** Trainers' app: courses, the quarterly calendar, enrollment, attendance and scores, coverage, staff and each trainee's history. */
export default function TrainingApp() {
  const { t } = useTranslation();
  const base = useResolvedPath('').pathname.replace(/\/$/, '');
  return (
    <TrainingBase.Provider value={base}>
      <div data-testid="remote-training">
        <Typography.Title level={3}>{t('training:title')}</Typography.Title>
        <Routes>
          <Route path="staff/:id" element={<TraineePage />} />
          <Route path="*" element={<TrainingTabs />} />
        </Routes>
      </div>
    </TrainingBase.Provider>
  );
}
