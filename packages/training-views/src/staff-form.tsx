import { useState } from 'react';
import { Alert, Form, Input, Modal, Select, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { BRANCH_CODES } from '@retention/domain';
import { serverErrorMessage, useLabels } from '@retention/ui';
import type { StaffRole } from './gql/graphql';
import { CreateStaffMutation, newKey, STAFF, UpdateStaffMutation, type RosterStaff } from './operations';

export const STAFF_ROLES: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK', 'PROVINCE_PLANNER', 'PROVINCE_ANALYST', 'TRAINER', 'ADMIN'];
export const BRANCH_ROLES: StaffRole[] = ['BRANCH_PLANNER', 'PHONE_MANAGER', 'FRONT_DESK'];

/**
 * The add / edit form of one member of staff; users (with a login) only get their staff number
 * edited here. In a branch's own roster (`ownBranch`) the roles are the branch's and the branch is fixed.
 */
export function StaffForm({ staff, ownBranch, onDone }: { staff: RosterStaff | null; ownBranch?: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const [form] = Form.useForm();
  const [, create] = useMutation(CreateStaffMutation);
  const [, update] = useMutation(UpdateStaffMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [key] = useState(newKey);
  const locked = Boolean(staff?.hasLogin);
  const roles = ownBranch ? BRANCH_ROLES : STAFF_ROLES;
  const submit = async () => {
    const v = await form.validateFields();
    const branchCode = BRANCH_ROLES.includes(v.role) ? (ownBranch ?? v.branchCode ?? null) : null;
    const contactKind = v.role === 'PHONE_MANAGER' ? (v.contactKind ?? 'PHONE') : null;
    const fields = { displayName: v.displayName, role: v.role, branchCode, contactKind, employeeNo: v.employeeNo || null };
    const result = staff
      ? await update({ id: staff.id, version: staff.version, input: locked ? { employeeNo: v.employeeNo || null } : fields }, STAFF)
      : await create({ input: fields, key }, STAFF);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    else {
      void message.success(t('staffRoster:saved'));
      onDone();
    }
  };
  return (
    <Modal open title={staff ? t('staffRoster:edit') : t('staffRoster:add')} onCancel={onDone} onOk={() => void submit()} okText={t('staffRoster:save')} okButtonProps={{ id: 'staff-form-ok' }} destroyOnClose>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 8 }} data-testid="staff-form-error" />}
      {locked && <Alert type="info" showIcon message={t('staffRoster:hasLoginHelp')} style={{ marginBottom: 8 }} />}
      <Form form={form} layout="vertical" initialValues={staff ? { ...staff } : { role: 'FRONT_DESK', branchCode: ownBranch, contactKind: 'PHONE' }}>
        <Form.Item name="employeeNo" label={t('staffRoster:employeeNo')}><Input aria-label={t('staffRoster:employeeNo')} /></Form.Item>
        <Form.Item name="displayName" label={t('staffRoster:name')} rules={[{ required: true, max: 60, message: t('staffRoster:nameRule') }]}>
          <Input disabled={locked} aria-label={t('staffRoster:name')} />
        </Form.Item>
        <Form.Item name="role" label={t('staffRoster:role')}>
          <Select disabled={locked} aria-label={t('staffRoster:role')} options={roles.map((r) => ({ value: r, label: t(`staffRoster:roles.${r}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.role !== b.role}>
          {({ getFieldValue }) => (
            <>
              {BRANCH_ROLES.includes(getFieldValue('role')) && !ownBranch && (
                <Form.Item name="branchCode" label={t('staffRoster:branch')} rules={[{ required: true, message: t('staffRoster:branchRule') }]}>
                  <Select disabled={locked} aria-label={t('staffRoster:branch')} showSearch optionFilterProp="label" options={BRANCH_CODES.map((c) => ({ value: c, label: branch(c) }))} />
                </Form.Item>
              )}
              {getFieldValue('role') === 'PHONE_MANAGER' && (
                <Form.Item name="contactKind" label={t('staffRoster:contactKind')}>
                  <Select disabled={locked} aria-label={t('staffRoster:contactKind')} options={(['PHONE', 'ACCOUNT'] as const).map((k) => ({ value: k, label: t(`staffRoster:kinds.${k}`) }))} />
                </Form.Item>
              )}
            </>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
