import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { gql, useMutation } from 'urql';
import { LanguageSwitch } from './language-switch';
import { serverErrorMessage } from './server-error';
import { useSession, type SessionUser } from './session';

/** Hand-typed: the UI kit sits below the apps' generated types. Mirrors the gateway's `login`. */
const LOGIN = gql<{ login: { token: string; user: SessionUser } }, { username: string; password: string }>`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user { id username displayName role branch { code name nameEn } }
    }
  }
`;

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [result, login] = useMutation(LOGIN);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: { username: string; password: string }) => {
    setFailure(null);
    const res = await login(values);
    if (res.data) {
      session.signIn(res.data.login.token, res.data.login.user);
      return;
    }
    const code = res.error?.graphQLErrors[0]?.extensions?.code;
    setFailure(code === 'INVALID_CREDENTIALS' ? t('login.invalid') : serverErrorMessage(res.error, i18n.language));
  };

  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 12, background: '#f0f4f8' }}>
      {/* The language switch sits above the card, never over its title; the title wraps instead of being cut off. */}
      <div style={{ width: 420, maxWidth: '100%', display: 'flex', justifyContent: 'flex-end' }} data-testid="login-language">
        <LanguageSwitch />
      </div>
      <Card style={{ width: 420, maxWidth: '100%' }}>
        <Typography.Title level={4} style={{ marginTop: 0, whiteSpace: 'normal', wordBreak: 'break-word' }} data-testid="login-title">
          {t('appName')}
        </Typography.Title>
        {session.endedBecause === 'expired' && <Alert type="warning" showIcon message={t('sessionExpired')} style={{ marginBottom: 16 }} />}
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}>
            <Input data-testid="login-username" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}>
            <Input.Password data-testid="login-password" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={result.fetching} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('login.demoHint')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
