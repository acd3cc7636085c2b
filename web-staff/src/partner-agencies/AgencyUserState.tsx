import { useMutation } from '@apollo/client/react';
import { describeFailure, useToast } from '@czn/ui';
import { Button, Modal, Tag } from 'antd';
import { useRef, useState } from 'react';
import type { PartnerAgencyUserFragment } from '../gql/graphql';
import { DEACTIVATE_PARTNER_USER } from './operations';

/**
 * Whether the account works, and «Отключить» while it does. After the switch-off the button is gone, so the
 * focus goes to the state that replaced it rather than to the page's start.
 */
export function AgencyUserState({
  user,
  agencyName,
}: {
  user: PartnerAgencyUserFragment;
  agencyName: string;
}) {
  const toast = useToast();
  const [deactivate, { loading }] = useMutation(DEACTIVATE_PARTNER_USER);
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const state = useRef<HTMLSpanElement>(null);

  const confirm = async () => {
    try {
      await deactivate({ variables: { id: user.id } });
      void toast.success(`Учётная запись ${user.login} отключена`);
    } catch (error) {
      void toast.error(describeFailure(error).message);
    }
    setConfirming(false);
  };

  return (
    <span className="staff-state">
      <span ref={state} tabIndex={-1}>
        {user.active ? <Tag color="success">Действует</Tag> : <Tag>Отключена</Tag>}
      </span>
      {user.active && (
        <Button
          ref={trigger}
          danger
          size="small"
          onClick={() => setConfirming(true)}
          aria-label={`Отключить учётную запись: ${user.fullName}`}
        >
          Отключить
        </Button>
      )}
      <Modal
        open={confirming}
        title={`Отключить учётную запись ${user.fullName}?`}
        okText="Отключить"
        okButtonProps={{ danger: true }}
        cancelText="Отмена"
        cancelButtonProps={{ autoFocus: true }}
        confirmLoading={loading}
        onOk={() => void confirm()}
        onCancel={() => setConfirming(false)}
        focusable={{ focusTriggerAfterClose: false }}
        afterClose={() => (trigger.current ?? state.current)?.focus()}
      >
        <p>
          {user.fullName} ({agencyName}) больше не сможет войти под логином <code>{user.login}</code>;
          открытые сеансы этой учётной записи завершатся сразу.
        </p>
        <p>Включить учётную запись снова нельзя. Если сотрудник вернётся, создайте ему новую.</p>
      </Modal>
    </span>
  );
}
