import { useMutation } from '@apollo/client/react';
import { Tag } from 'antd';
import type { PartnerAgencyUserFragment } from '../gql/graphql';
import { DEACTIVATE_PARTNER_USER } from './operations';
import { SwitchOffState } from './SwitchOffState';

/** Whether the account works, and «Отключить» while it does. */
export function AgencyUserState({
  user,
  agencyName,
}: {
  user: PartnerAgencyUserFragment;
  agencyName: string;
}) {
  const [deactivate] = useMutation(DEACTIVATE_PARTNER_USER);
  return (
    <SwitchOffState
      state={user.active ? <Tag color="success">Действует</Tag> : <Tag>Отключена</Tag>}
      active={user.active}
      action="Отключить"
      actionLabel={`Отключить учётную запись: ${user.fullName}`}
      title={`Отключить учётную запись ${user.fullName}?`}
      okText="Отключить"
      warning={
        <>
          <p>
            {user.fullName} ({agencyName}) больше не сможет войти под логином <code>{user.login}</code>;
            открытые сеансы этой учётной записи завершатся сразу.
          </p>
          <p>Включить учётную запись снова нельзя. Если сотрудник вернётся, создайте ему новую.</p>
        </>
      }
      switchOff={() => deactivate({ variables: { id: user.id } })}
      done={`Учётная запись ${user.login} отключена`}
    />
  );
}
