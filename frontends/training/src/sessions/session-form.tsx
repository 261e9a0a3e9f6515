import { useState } from 'react';
import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BRANCH_CODES } from '@retention/domain';
import { useLabels } from '@retention/ui';
import { COURSES } from '../courses/course-form';
import { EditModal, useSaveOutcome } from '../edit-form';
import { graphql } from '../gql';
import type { SessionLevel, TrainingCalendarQuery } from '../gql/graphql';
import { newKey } from '../util';

export const SessionCourseOptionsQuery = graphql(`
  query SessionCourseOptions {
    courses { id title }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation CreateTrainingSession($input: SessionInput!, $key: String) {
    createTrainingSession(input: $input, idempotencyKey: $key) { id }
  }
`);

export const UpdateSessionMutation = graphql(`
  mutation UpdateTrainingSession($id: ID!, $version: Int!, $input: UpdateSessionInput!) {
    updateTrainingSession(id: $id, version: $version, input: $input) { id version trainer place startDate endDate startTime endTime capacity }
  }
`);

export type Session = TrainingCalendarQuery['trainingSessions'][number];

export const SESSIONS = { additionalTypenames: ['TrainingSession', 'Enrollment'] };

/**
 * The form that schedules a session, and the same form pre-filled to edit one at the version
 * read: its course, level and branch stay (enrollments depend on them); trainer, place, dates,
 * times and capacity change. Dates are plain YYYY-MM-DD fields, as the API takes them. A stale
 * edit asks the calendar to reload (`onStale`).
 */
export function SessionForm({ session, onDone, onStale }: { session: Session | null; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation();
  const { branch } = useLabels();
  const [form] = Form.useForm();
  const [courses] = useQuery({ query: SessionCourseOptionsQuery, context: COURSES });
  const [, create] = useMutation(CreateSessionMutation);
  const [, update] = useMutation(UpdateSessionMutation);
  const { problem, settle } = useSaveOutcome(onDone, onStale);
  const [key] = useState(newKey);
  const submit = async () => {
    const v = await form.validateFields();
    const fields = { trainer: v.trainer, place: v.place, startDate: v.startDate, endDate: v.endDate || null, startTime: v.startTime || null, endTime: v.endTime || null, capacity: v.capacity };
    const result = session
      ? await update({ id: session.id, version: session.version, input: fields }, SESSIONS)
      : await create({ input: { courseId: v.courseId, level: v.level as SessionLevel, branchCode: v.level === 'BRANCH' ? v.branchCode : null, ...fields }, key }, SESSIONS);
    settle(result);
  };
  return (
    <EditModal editing={Boolean(session)} title={session ? `${t('training:editSession')} · ${session.course?.title ?? ''}` : t('training:newSession')} id="session-form" problem={problem} onOk={() => void submit()} onCancel={onDone}>
      <Form form={form} layout="vertical" initialValues={session ?? { level: 'BRANCH', capacity: 30, startTime: '09:00', endTime: '17:00' }}>
        <Form.Item name="courseId" label={t('training:form.course')} rules={[{ required: true }]}>
          <Select disabled={Boolean(session)} options={(courses.data?.courses ?? []).map((c) => ({ value: c.id, label: c.title }))} />
        </Form.Item>
        <Form.Item name="level" label={t('training:form.level')}>
          <Select disabled={Boolean(session)} options={(['PROVINCE', 'BRANCH'] as const).map((l) => ({ value: l, label: t(`training:level.${l}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.level !== b.level}>
          {({ getFieldValue }) =>
            getFieldValue('level') === 'BRANCH' && (
              <Form.Item name="branchCode" label={t('training:form.branch')} rules={[{ required: true }]}>
                <Select disabled={Boolean(session)} options={BRANCH_CODES.map((c) => ({ value: c, label: branch(c) }))} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="trainer" label={t('training:form.trainer')} rules={[{ required: true }]}><Input aria-label={t('training:form.trainer')} /></Form.Item>
        <Form.Item name="place" label={t('training:form.place')} rules={[{ required: true }]}><Input aria-label={t('training:form.place')} /></Form.Item>
        <Space wrap>
          <Form.Item name="startDate" label={t('training:form.startDate')} rules={[{ required: true }]}><Input type="date" aria-label={t('training:form.startDate')} /></Form.Item>
          <Form.Item name="endDate" label={t('training:form.endDate')}><Input type="date" aria-label={t('training:form.endDate')} /></Form.Item>
          <Form.Item name="startTime" label={t('training:form.startTime')}><Input type="time" aria-label={t('training:form.startTime')} /></Form.Item>
          <Form.Item name="endTime" label={t('training:form.endTime')}><Input type="time" aria-label={t('training:form.endTime')} /></Form.Item>
          <Form.Item name="capacity" label={t('training:form.capacity')}><InputNumber min={1} max={1000} aria-label={t('training:form.capacity')} /></Form.Item>
        </Space>
      </Form>
    </EditModal>
  );
}
