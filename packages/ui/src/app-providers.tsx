import { useMemo, useRef, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Provider as UrqlProvider, type Client } from 'urql';
import { createGraphQLClient, readEnv, tokenStore } from '@retention/client';
import { i18n } from './i18n';
import { SessionProvider, useSession } from './session';

function GraphQLProvider({ children, client }: { children: ReactNode; client?: Client }) {
  const session = useSession();
  const signOut = useRef(session.signOut);
  signOut.current = session.signOut;
  // A new client, and so an empty cache, for every sign-in: the next user (another branch)
  // must never see the last one's cached results, not even while they are refetched.
  const token = session.token;
  const real = useMemo(
    () =>
      client ??
      createGraphQLClient({
        url: readEnv().gatewayUrl,
        // The client of a signed-out session sends no token.
        getToken: () => (token ? tokenStore.get() : null),
        onUnauthenticated: () => signOut.current('expired'),
      }),
    [client, token],
  );
  return <UrqlProvider value={real}>{children}</UrqlProvider>;
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n: current } = useTranslation();
  return (
    <ConfigProvider locale={current.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0f6fc6' } }}>
      {children}
    </ConfigProvider>
  );
}

/**
 * Everything a page needs around it: i18n, antd in the current language, the session and
 * the GraphQL client. The shell renders it once; a remote only when it runs standalone.
 * Tests pass their own `client`.
 */
export function AppProviders({ children, client }: { children: ReactNode; client?: Client }) {
  return (
    <I18nextProvider i18n={i18n}>
      <LocalizedAntd>
        <SessionProvider>
          <GraphQLProvider client={client}>{children}</GraphQLProvider>
        </SessionProvider>
      </LocalizedAntd>
    </I18nextProvider>
  );
}
