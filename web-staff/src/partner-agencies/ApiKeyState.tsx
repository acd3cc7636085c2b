import { useMutation } from '@apollo/client/react';
import { formatDate } from '@czn/ui';
import { Tag } from 'antd';
import type { PartnerAgenciesQuery } from '../gql/graphql';
import { REVOKE_PARTNER_API_KEY } from './operations';
import { SwitchOffState } from './SwitchOffState';

export type ApiKey = PartnerAgenciesQuery['partnerAgencies'][number]['apiKeys'][number];

export const keyPrefix = (apiKey: ApiKey) => `czn_${apiKey.prefix}_…`;

/** Whether the key works, and «Отозвать» while it does. */
export function ApiKeyState({ apiKey, agencyName }: { apiKey: ApiKey; agencyName: string }) {
  const [revoke] = useMutation(REVOKE_PARTNER_API_KEY);
  return (
    <SwitchOffState
      state={
        apiKey.revokedAt ? (
          <Tag>Отозван {formatDate(apiKey.revokedAt)}</Tag>
        ) : (
          <Tag color="success">Действует</Tag>
        )
      }
      active={!apiKey.revokedAt}
      action="Отозвать"
      actionLabel={`Отозвать ключ «${apiKey.label}»`}
      title={`Отозвать ключ «${apiKey.label}»?`}
      okText="Отозвать ключ"
      warning={
        <>
          <p>
            Ключ <code>{keyPrefix(apiKey)}</code> ведомства «{agencyName}» перестанет действовать не позже чем
            через полминуты: запросы с ним больше не будут приниматься.
          </p>
          <p>Отменить отзыв нельзя. Если ведомству снова понадобится доступ, выпустите новый ключ.</p>
        </>
      }
      switchOff={() => revoke({ variables: { id: apiKey.id } })}
      done={`Ключ «${apiKey.label}» отозван: запросы с ним больше не принимаются`}
    />
  );
}
