import { useQuery } from '@apollo/client/react';
import { citizenServiceLabels, ErrorState, Loading, usePageTitle } from '@czn/ui';
import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { CITIZEN_SERVICES } from './operations';
import { serviceSlug } from './slug';

/** The services of seed 001; the server says which can be applied for now, and why not the others. */
export default function ServicesPage() {
  usePageTitle('Услуги');
  const { data, loading, error, refetch } = useQuery(CITIZEN_SERVICES);

  if (loading) return <Loading what="Загружаем услуги…" />;
  if (error)
    return <ErrorState title="Не удалось загрузить услуги" error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <Typography.Title level={1}>Услуги</Typography.Title>
      <ul className="czn-services" aria-label="Услуги службы занятости">
        {data!.citizenServices.map(({ service, available, unavailableReason }) => {
          const label = citizenServiceLabels[service];
          return (
            <li key={service}>
              <Card size="small" className="czn-services__card">
                <Typography.Title level={2} className="czn-services__title">
                  {available ? <Link to={`/services/${serviceSlug(service)}`}>{label}</Link> : label}
                </Typography.Title>
                {available ? (
                  <Tag color="success">Можно подать заявление</Tag>
                ) : (
                  <Typography.Paragraph className="czn-services__reason">
                    {unavailableReason}
                  </Typography.Paragraph>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </>
  );
}
