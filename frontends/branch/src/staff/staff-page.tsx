import { useState } from 'react';
import { Button, Card, Drawer, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { StaffRoster } from '@retention/training-views';
import { QueryState, registerMessages, useLabels, useSession } from '@retention/ui';
import { graphql } from '../gql';
import type { BranchTraineeQuery as TraineeData } from '../gql/graphql';

registerMessages('branchStaff', {
  'zh-CN': {
    title: '本分公司人员与培训档案',
    history: '培训档案', sessions: '报名场次', attended: '出席 / 已举办', rateHeld: '出勤率（已举办场次）', rateAll: '出勤率（全部报名场次，含待举办）', averageScore: '平均成绩',
    date: '日期', course: '课程', attendance: '出勤', score: '成绩', passed: '合格', none: '暂无培训记录',
    statusOf: { REGISTERED: '已报名', ATTENDED: '出席', ABSENT: '缺席' }, cancelled: '已取消',
  },
  en: {
    title: 'Our staff and their training',
    history: 'Training record', sessions: 'Sessions enrolled', attended: 'Attended / held', rateHeld: 'Attendance (sessions held so far)', rateAll: 'Attendance (all sessions enrolled, upcoming included)', averageScore: 'Average score',
    date: 'Date', course: 'Course', attendance: 'Attendance', score: 'Score', passed: 'Passed', none: 'No training yet',
    statusOf: { REGISTERED: 'Registered', ATTENDED: 'Attended', ABSENT: 'Absent' }, cancelled: 'Cancelled',
  },
});

export const BranchTraineeQuery = graphql(`
  query BranchTrainee($id: ID!) {
    staffMember(id: $id) {
      id displayName
      history { id status score passed session { id startDate held status course { title passMark } } }
    }
  }
`);

type Entry = NonNullable<TraineeData['staffMember']>['history'][number];
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

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

/** Branch planners: their own branch's staff (the shared roster, scoped to the branch by the API) and each trainee's record. */
export function StaffPage() {
  const { t } = useTranslation();
  const { branch } = useLabels();
  const code = useSession().user?.branch?.code ?? '';
  const [history, setHistory] = useState<string | null>(null);
  return (
    <Card size="small" title={`${t('branchStaff:title')} · ${branch(code)}`} data-testid="branch-staff">
      <StaffRoster
        ownBranch={code}
        nameCell={(s) => (
          <Button type="link" size="small" onClick={() => setHistory(s.id)}>
            {s.displayName}
          </Button>
        )}
      />
      {history && <TraineeDrawer staffId={history} onClose={() => setHistory(null)} />}
    </Card>
  );
}
