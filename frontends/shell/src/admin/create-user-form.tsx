import { Alert, Button, Form, Input, Select, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ALL_ROLES, isBranchRole, type Role } from '@retention/domain';
import { serverErrorMessage } from '@retention/ui';
import { graphql } from '../gql';

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id username }
  }
`);

interface Values {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  branchCode?: string;
}

/**
 * Branch roles must have a branch, other roles must not: checked here and, again, by the server.
 * The new User in the result makes the client's cache refetch the user list.
 */
export function CreateUserForm({ branches }: { branches: { code: string; name: string; nameEn: string }[] }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [result, createUser] = useMutation(CreateUserMutation);
  const [serverError, setServerError] = useState<string | null>(null);
  const role = Form.useWatch('role', form);

  const submit = async (values: Values) => {
    setServerError(null);
    const res = await createUser({ input: { ...values, branchCode: isBranchRole(values.role) ? values.branchCode : null } });
    if (res.error) {
      setServerError(serverErrorMessage(res.error, i18n.language));
      return;
    }
    void message.success(t('shell:admin.created', { username: res.data?.createUser.username }));
    form.resetFields();
  };

  return (
    <Form form={form} layout="inline" onFinish={submit} data-testid="create-user-form">
      <Form.Item name="username" rules={[{ required: true, message: t('login.required', { field: t('shell:admin.username') }) }]}>
        <Input placeholder={t('shell:admin.username')} />
      </Form.Item>
      <Form.Item name="displayName" rules={[{ required: true, message: t('login.required', { field: t('shell:admin.displayName') }) }]}>
        <Input placeholder={t('shell:admin.displayName')} />
      </Form.Item>
      <Form.Item name="password" rules={[{ required: true, min: 8, message: t('shell:admin.passwordTooShort') }]}>
        <Input.Password placeholder={t('shell:admin.password')} autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="role" rules={[{ required: true, message: t('login.required', { field: t('shell:admin.role') }) }]}>
        <Select placeholder={t('shell:admin.role')} style={{ width: 140 }} options={ALL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="branchCode" rules={[{ required: Boolean(role && isBranchRole(role)), message: t('shell:admin.branchRequired') }]}>
        <Select
          placeholder={t('shell:admin.branch')}
          style={{ width: 120 }}
          disabled={!role || !isBranchRole(role)}
          options={branches.map((b) => ({ value: b.code, label: i18n.language === 'en' ? b.nameEn : b.name }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={result.fetching}>
        {t('shell:admin.create')}
      </Button>
      {serverError && <Alert type="error" showIcon message={serverError} style={{ marginTop: 8, width: '100%' }} />}
    </Form>
  );
}
