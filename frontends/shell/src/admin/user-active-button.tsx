import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) { id active }
  }
`);

export function UserActiveButton({ id, active }: { id: string; active: boolean }) {
  const { t } = useTranslation();
  const [result, setActive] = useMutation(SetUserActiveMutation);
  return (
    <Button size="small" danger={active} loading={result.fetching} onClick={() => setActive({ id, active: !active })}>
      {t(active ? 'shell:admin.deactivate' : 'shell:admin.activate')}
    </Button>
  );
}
