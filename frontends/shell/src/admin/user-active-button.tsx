import { Button, Tooltip, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { serverErrorMessage } from '@retention/ui';
import { graphql } from '../gql';

const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) { id active }
  }
`);

/** Activates or deactivates a user; an admin's own account cannot be deactivated (the server refuses it too). */
export function UserActiveButton({ id, active, self }: { id: string; active: boolean; self: boolean }) {
  const { t, i18n } = useTranslation();
  const [result, setActive] = useMutation(SetUserActiveMutation);
  const button = (
    <Button
      size="small"
      danger={active}
      disabled={self && active}
      loading={result.fetching}
      data-testid={`user-active-${id}`}
      onClick={async () => {
        const res = await setActive({ id, active: !active });
        if (res.error) void message.error(serverErrorMessage(res.error, i18n.language));
      }}
    >
      {t(active ? 'shell:admin.deactivate' : 'shell:admin.activate')}
    </Button>
  );
  return self && active ? <Tooltip title={t('shell:admin.notSelf')}>{button}</Tooltip> : button;
}
