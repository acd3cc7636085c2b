import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  formatDateTime,
  Loading,
  partnerAgencyKindLabels,
  usePageTitle,
} from '@czn/ui';
import { Card, Table, Typography } from 'antd';
import type { PartnerAgenciesQuery } from '../gql/graphql';
import { AgencyUsers } from './AgencyUsers';
import { ApiKeyState, keyPrefix, type ApiKey } from './ApiKeyState';
import { IssueApiKey } from './IssueApiKey';
import { PARTNER_AGENCIES } from './operations';

type Agency = PartnerAgenciesQuery['partnerAgencies'][number];

function PartnerAgencyCard({ agency }: { agency: Agency }) {
  const heading = `agency-${agency.id}`;
  return (
    <Card className="czn-gap" role="region" aria-labelledby={heading}>
      <div className="staff-agency-head">
        <div>
          <Typography.Title level={2} id={heading} style={{ margin: 0, fontSize: 20 }}>
            {agency.name}
          </Typography.Title>
          <Typography.Text type="secondary">{partnerAgencyKindLabels[agency.kind]}</Typography.Text>
        </div>
        <IssueApiKey agency={agency} />
      </div>
      <Table<ApiKey>
        rowKey="id"
        aria-label={`Ключи API: ${agency.name}`}
        dataSource={agency.apiKeys}
        pagination={false}
        size="small"
        locale={{ emptyText: 'Ключей пока нет' }}
        columns={[
          { title: 'Название', dataIndex: 'label', key: 'label' },
          {
            title: 'Ключ',
            key: 'prefix',
            render: (_: unknown, apiKey: ApiKey) => <code>{keyPrefix(apiKey)}</code>,
          },
          {
            title: 'Выпущен',
            key: 'createdAt',
            render: (_: unknown, apiKey: ApiKey) => formatDateTime(apiKey.createdAt),
          },
          {
            title: 'Состояние',
            key: 'state',
            render: (_: unknown, apiKey: ApiKey) => <ApiKeyState apiKey={apiKey} agencyName={agency.name} />,
          },
        ]}
      />
      <AgencyUsers agency={agency} />
    </Card>
  );
}

/**
 * «Ведомства-партнёры»: the administrator issues agencies' API keys, each shown once, and revokes them; and
 * opens and switches off the accounts of the agencies' employees.
 */
export default function PartnerAgenciesPage() {
  usePageTitle('Ведомства-партнёры');
  const { data, error, refetch } = useQuery(PARTNER_AGENCIES);

  return (
    <>
      <Typography.Title level={1}>Ведомства-партнёры</Typography.Title>
      <Typography.Paragraph>
        Ведомство обращается к платформе по ключу API, а его сотрудники входят в кабинет ведомства по логину и
        паролю; и те и другие видят только направления, адресованные ведомству. Выпускайте отдельный ключ для
        каждой системы ведомства и отзывайте ключ, когда он больше не нужен или мог попасть к посторонним.
      </Typography.Paragraph>
      {error && (
        <ErrorState
          title="Не удалось загрузить ведомства-партнёры"
          error={error}
          onRetry={() => void refetch()}
        />
      )}
      {data ? (
        data.partnerAgencies.length === 0 ? (
          <EmptyState>Ведомств-партнёров пока нет</EmptyState>
        ) : (
          data.partnerAgencies.map((agency) => <PartnerAgencyCard key={agency.id} agency={agency} />)
        )
      ) : (
        !error && <Loading what="Загружаем ведомства-партнёры…" />
      )}
    </>
  );
}
