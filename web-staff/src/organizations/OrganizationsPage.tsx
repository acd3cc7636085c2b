import { useMutation, useQuery } from '@apollo/client/react';
import {
  accountActivationStateLabels,
  describeFailure,
  ErrorState,
  formatDate,
  Loading,
  usePageTitle,
  useToast,
} from '@czn/ui';
import { Button, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AccountActivationState, OrganizationsQuery } from '../gql/graphql';
import { AddRepresentative } from './AddRepresentative';
import { ORGANIZATIONS, RESEND_ACTIVATION } from './operations';
import { RegisterOrganizationForm } from './RegisterOrganizationForm';

type OrganizationRow = OrganizationsQuery['organizations'][number];
type Representative = OrganizationRow['representatives'][number];

/** Tones of the theme, whose colours meet WCAG AA contrast. */
const ACTIVATION_TONES: Record<AccountActivationState, 'processing' | 'warning' | 'success'> = {
  PENDING: 'processing',
  EXPIRED: 'warning',
  ACTIVATED: 'success',
};

function ActivationCell({ representative }: { representative: Representative }) {
  const toast = useToast();
  const [resend, { loading }] = useMutation(RESEND_ACTIVATION);
  const activation = representative.activation;
  if (!activation) return <span>Нет данных об активации</span>;
  const send = async () => {
    try {
      const { data } = await resend({ variables: { userId: representative.id } });
      const result = data!.resendActivation;
      if (result.emailSent)
        void toast.success(
          `Новый код отправлен на ${result.representative.email}; прежний больше не действует. Действует до ${formatDate(result.expiresAt as string)}.`,
        );
      else void toast.warning('Код создан, но письмо не отправлено. Попробуйте ещё раз позже.');
    } catch (error) {
      void toast.error(describeFailure(error).message);
    }
  };
  return (
    <div>
      <Tag color={ACTIVATION_TONES[activation.state]}>{accountActivationStateLabels[activation.state]}</Tag>
      {activation.state !== 'ACTIVATED' && activation.expiresAt && (
        <div>до {formatDate(activation.expiresAt as string)}</div>
      )}
      {activation.state !== 'ACTIVATED' && (
        <Button size="small" onClick={() => void send()} loading={loading} style={{ marginTop: 4 }}>
          Отправить код повторно
        </Button>
      )}
    </div>
  );
}

/** «Организации»: register an employer and its representative, add representatives, see who activated, resend codes. */
export default function OrganizationsPage() {
  usePageTitle('Организации');
  const [search, setSearch] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ORGANIZATIONS, { variables: { search } });

  return (
    <>
      <Typography.Title level={1}>Организации</Typography.Title>
      <RegisterOrganizationForm />
      <section aria-labelledby="organizations-list" className="czn-gap">
        <h2 id="organizations-list">Зарегистрированные организации</h2>
        <Input.Search
          aria-label="Поиск по наименованию или ИНН"
          placeholder="Наименование или ИНН"
          allowClear
          onSearch={(value) => setSearch(value.trim() || null)}
          className="czn-gap"
          style={{ maxWidth: 420 }}
        />
        {error && (
          <ErrorState title="Не удалось загрузить организации" error={error} onRetry={() => void refetch()} />
        )}
        {data ? (
          <Table<OrganizationRow>
            rowKey="id"
            loading={loading}
            dataSource={data.organizations}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: search ? 'Ничего не найдено' : 'Организаций пока нет' }}
            columns={[
              {
                title: 'Организация',
                key: 'organization',
                render: (_: unknown, o: OrganizationRow) => (
                  <div>
                    <strong title={o.name}>{o.shortName}</strong>
                    <div>
                      ИНН {o.inn}
                      {o.kpp ? `, КПП ${o.kpp}` : ''}, ОГРН {o.ogrn}
                    </div>
                  </div>
                ),
              },
              {
                title: 'Представитель',
                key: 'representative',
                render: (_: unknown, o: OrganizationRow) => (
                  <>
                    {o.representatives.length === 0 ? (
                      <div>Представителя нет</div>
                    ) : (
                      o.representatives.map((r) => (
                        <div key={r.id}>
                          {r.fullName}
                          {r.email && <div>{r.email}</div>}
                        </div>
                      ))
                    )}
                    <AddRepresentative organization={o} />
                  </>
                ),
              },
              {
                title: 'Активация кабинета',
                key: 'activation',
                render: (_: unknown, o: OrganizationRow) =>
                  o.representatives.map((r) => <ActivationCell key={r.id} representative={r} />),
              },
              {
                title: 'Зарегистрирована',
                key: 'createdAt',
                render: (_: unknown, o: OrganizationRow) => formatDate(o.createdAt as string),
              },
            ]}
          />
        ) : (
          !error && <Loading what="Загружаем организации…" />
        )}
      </section>
    </>
  );
}
