import { useMutation } from '@apollo/client/react';
import { describeFailure, formatDate, useToast } from '@czn/ui';
import { Button, Modal, Tag } from 'antd';
import { useRef, useState } from 'react';
import type { PartnerAgenciesQuery } from '../gql/graphql';
import { REVOKE_PARTNER_API_KEY } from './operations';

export type ApiKey = PartnerAgenciesQuery['partnerAgencies'][number]['apiKeys'][number];

export const keyPrefix = (apiKey: ApiKey) => `czn_${apiKey.prefix}_…`;

/**
 * Whether the key works, and «Отозвать» while it does. After a revocation the button is gone, so the focus
 * goes to the state that replaced it rather than to the page's start.
 */
export function ApiKeyState({ apiKey, agencyName }: { apiKey: ApiKey; agencyName: string }) {
  const toast = useToast();
  const [revoke, { loading }] = useMutation(REVOKE_PARTNER_API_KEY);
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const state = useRef<HTMLSpanElement>(null);

  const confirm = async () => {
    try {
      await revoke({ variables: { id: apiKey.id } });
      void toast.success(`Ключ «${apiKey.label}» отозван: запросы с ним больше не принимаются`);
    } catch (error) {
      void toast.error(describeFailure(error).message);
    }
    setConfirming(false);
  };

  return (
    <span className="staff-state">
      <span ref={state} tabIndex={-1}>
        {apiKey.revokedAt ? (
          <Tag>Отозван {formatDate(apiKey.revokedAt)}</Tag>
        ) : (
          <Tag color="success">Действует</Tag>
        )}
      </span>
      {!apiKey.revokedAt && (
        <Button
          ref={trigger}
          danger
          size="small"
          onClick={() => setConfirming(true)}
          aria-label={`Отозвать ключ «${apiKey.label}»`}
        >
          Отозвать
        </Button>
      )}
      <Modal
        open={confirming}
        title={`Отозвать ключ «${apiKey.label}»?`}
        okText="Отозвать ключ"
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
          Ключ <code>{keyPrefix(apiKey)}</code> ведомства «{agencyName}» перестанет действовать сразу: запросы
          с ним больше не будут приниматься.
        </p>
        <p>Отменить отзыв нельзя. Если ведомству снова понадобится доступ, выпустите новый ключ.</p>
      </Modal>
    </span>
  );
}
