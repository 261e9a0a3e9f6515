import { useState } from 'react';
import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { CourseCategory, StaffRole, TrainingCoursesQuery } from '../gql/graphql';
import { EditModal, useSaveOutcome } from '../edit-form';
import { newKey } from '../util';

export const CreateCourseMutation = graphql(`
  mutation CreateCourse($input: CourseInput!, $key: String) {
    createCourse(input: $input, idempotencyKey: $key) { id }
  }
`);

export const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($id: ID!, $version: Int!, $input: UpdateCourseInput!) {
    updateCourse(id: $id, version: $version, input: $input) { id version title description category audienceRoles hours passMark }
  }
`);

export type Course = TrainingCoursesQuery['courses'][number];

export const COURSES = { additionalTypenames: ['Course'] };
const AUDIENCE: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK'];
const CATEGORIES: CourseCategory[] = ['TOPICAL', 'FRONT_LINE', 'TALK_TRACK', 'SERVICE', 'VISIT'];

/**
 * The new-course form, and the same form pre-filled to edit a course at the version read (its
 * code stays). A stale edit asks the list to reload (`onStale`) so the next edit starts from the latest version.
 */
export function CourseForm({ course, onDone, onStale }: { course: Course | null; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [, create] = useMutation(CreateCourseMutation);
  const [, update] = useMutation(UpdateCourseMutation);
  const { problem, settle } = useSaveOutcome(onDone, onStale);
  const [key] = useState(newKey);
  const submit = async () => {
    const v = await form.validateFields();
    const fields = { title: v.title, description: v.description ?? '', category: v.category, audienceRoles: v.audienceRoles, hours: v.hours, passMark: v.passMark };
    const result = course ? await update({ id: course.id, version: course.version, input: fields }, COURSES) : await create({ input: { code: v.code, ...fields }, key }, COURSES);
    settle(result);
  };
  return (
    <EditModal editing={Boolean(course)} title={course ? `${t('training:editCourse')} · ${course.code}` : t('training:newCourse')} id="course-form" problem={problem} onOk={() => void submit()} onCancel={onDone}>
      <Form form={form} layout="vertical" initialValues={course ?? { category: 'FRONT_LINE', audienceRoles: ['FRONT_DESK'], hours: 4, passMark: 60 }}>
        <Form.Item name="code" label={t('training:form.code')} rules={[{ required: true }]}><Input disabled={Boolean(course)} aria-label={t('training:form.code')} /></Form.Item>
        <Form.Item name="title" label={t('training:form.title')} rules={[{ required: true }]}><Input aria-label={t('training:form.title')} /></Form.Item>
        <Form.Item name="description" label={t('training:form.description')}><Input.TextArea rows={2} aria-label={t('training:form.description')} /></Form.Item>
        <Form.Item name="category" label={t('training:form.category')}><Select options={CATEGORIES.map((c) => ({ value: c, label: t(`training:category.${c}`) }))} /></Form.Item>
        <Form.Item name="audienceRoles" label={t('training:form.audience')}><Select mode="multiple" options={AUDIENCE.map((r) => ({ value: r, label: t(`training:role.${r}`) }))} /></Form.Item>
        <Space>
          <Form.Item name="hours" label={t('training:form.hours')}><InputNumber min={0.5} max={200} aria-label={t('training:form.hours')} /></Form.Item>
          <Form.Item name="passMark" label={t('training:form.passMark')}><InputNumber min={0} max={100} aria-label={t('training:form.passMark')} /></Form.Item>
        </Space>
      </Form>
    </EditModal>
  );
}
