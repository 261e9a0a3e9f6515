import { useMemo } from 'react';
import { Card, Col, Descriptions, Row, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { TraineeHistoryQuery as HistoryData } from '../gql/graphql';
import { pct } from '../messages';

export const TraineeHistoryQuery = graphql(`
  query TraineeHistory($id: ID!) {
    staffMember(id: $id) {
      id employeeNo displayName role contactKind branchCode active hasLogin
      history {
        id status score passed
        session { id startDate endDate quarter level branchCode held status trainer place course { code title hours passMark } }
      }
    }
  }
`);

type Entry = NonNullable<HistoryData['staffMember']>['history'][number];

/**
 * A trainee's figures from their history. Attendance is given over the sessions held so far
 * and over every session they are enrolled in (upcoming ones count as not yet attended), each
 * labelled, so neither looks better than it is.
 */
export function historySummary(history: Entry[]) {
  const live = history.filter((e) => e.session?.status !== 'CANCELLED');
  const held = live.filter((e) => e.session?.held);
  const attended = live.filter((e) => e.status === 'ATTENDED');
  const scored = attended.filter((e) => e.score !== null && e.score !== undefined);
  return {
    sessions: live.length,
    held: held.length,
    attended: attended.length,
    absent: live.filter((e) => e.status === 'ABSENT').length,
    rateHeld: held.length ? held.filter((e) => e.status === 'ATTENDED').length / held.length : null,
    rateAll: live.length ? attended.length / live.length : null,
    averageScore: scored.length ? scored.reduce((s, e) => s + (e.score ?? 0), 0) / scored.length : null,
    passed: scored.filter((e) => e.passed).length,
    scored: scored.length,
    hours: attended.reduce((s, e) => s + (e.session?.course?.hours ?? 0), 0),
  };
}

/** One trainee: who they are, their figures, and every session with attendance, score and pass. */
export function TraineeHistory({ staffId }: { staffId: string }) {
  const { t } = useTranslation();
  const { branch } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: TraineeHistoryQuery, variables: { id: staffId }, context: useMemo(() => ({ additionalTypenames: ['Enrollment', 'Staff'] }), []) });
  const person = data?.staffMember;
  const summary = person ? historySummary(person.history) : null;
  return (
    <QueryState fetching={fetching} error={error} empty={!person}>
      {person && summary && (
        <Card size="small" title={`${t('training:history.title')} · ${person.displayName}`} data-testid="trainee-history">
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('training:col.employeeNo')}>{person.employeeNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('training:col.branch')}>{person.branchCode ? branch(person.branchCode) : t('training:level.PROVINCE')}</Descriptions.Item>
            <Descriptions.Item label={t('training:col.role')}>
              {t(`training:role.${person.role}`)}
              {person.contactKind ? ` · ${t(`training:contactKind.${person.contactKind}`)}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('training:col.active')}>{person.active ? t('training:staff.active') : t('training:staff.inactive')}</Descriptions.Item>
            <Descriptions.Item label={t('training:col.login')}>{person.hasLogin ? t('training:staff.hasLogin') : t('training:staff.noLogin')}</Descriptions.Item>
          </Descriptions>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col xs={12} md={4}><Statistic title={t('training:history.sessions')} value={summary.sessions} /></Col>
            <Col xs={12} md={4}><Statistic title={t('training:history.attended')} value={`${summary.attended} / ${summary.held}`} /></Col>
            <Col xs={12} md={4}><Statistic title={t('training:history.rateHeld')} value={pct(summary.rateHeld)} /></Col>
            <Col xs={12} md={4}><Statistic title={t('training:history.rateAll')} value={pct(summary.rateAll)} /></Col>
            <Col xs={12} md={4}><Statistic title={t('training:col.averageScore')} value={summary.averageScore === null ? '—' : summary.averageScore.toFixed(1)} /></Col>
            <Col xs={12} md={4}><Statistic title={t('training:history.passed')} value={`${summary.passed} / ${summary.scored}`} suffix={`· ${summary.hours} ${t('training:history.hours')}`} /></Col>
          </Row>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={person.history}
            data-testid="trainee-history-table"
            locale={{ emptyText: t('training:history.none') }}
            columns={[
              { title: t('training:col.date'), key: 'date', width: 120, render: (_, e) => e.session?.startDate },
              { title: t('training:quarter'), key: 'quarter', width: 90, render: (_, e) => e.session?.quarter },
              { title: t('training:col.title'), key: 'course', render: (_, e) => e.session?.course?.title },
              { title: t('training:col.level'), key: 'level', render: (_, e) => (e.session?.level === 'PROVINCE' ? t('training:level.PROVINCE') : branch(e.session?.branchCode)) },
              { title: t('training:col.trainer'), key: 'trainer', render: (_, e) => e.session?.trainer },
              {
                title: t('training:col.status'),
                key: 'status',
                render: (_, e) =>
                  e.session?.status === 'CANCELLED' ? <Tag>{t('training:cancelled')}</Tag> : <Tag color={e.status === 'ATTENDED' ? 'green' : e.status === 'ABSENT' ? 'red' : 'blue'}>{t(`training:status.${e.status}`)}</Tag>,
              },
              { title: t('training:col.score'), key: 'score', render: (_, e) => e.score ?? '—' },
              { title: t('training:col.passMark'), key: 'passMark', render: (_, e) => e.session?.course?.passMark },
              { title: t('training:col.passed'), key: 'passed', render: (_, e) => (e.passed === null || e.passed === undefined ? '—' : e.passed ? <Tag color="green">✓</Tag> : <Tag color="red">✗</Tag>) },
            ]}
          />
        </Card>
      )}
    </QueryState>
  );
}
