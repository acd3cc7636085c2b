import { useQuery } from '@apollo/client/react';
import { citizenServiceLabels, ErrorState, Loading, usePageTitle } from '@czn/ui';
import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CitizenService } from '../gql/graphql';
import { CITIZEN_SERVICES } from './operations';
import { serviceSlug } from './slug';

/** Services used on a page of their own rather than with an application. */
const OWN_PAGES: Partial<Record<CitizenService, string>> = { RESUME: '/resumes' };

/**
 * The services of seed 001; the server says which can be used now, and why not the others. When the centre
 * opens or changes a personal case, the list is fetched again (PersonalCaseLiveUpdates).
 */
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
        {data!.citizenServices.map(({ service, appealType, available, unavailableReason }) => {
          const label = citizenServiceLabels[service];
          const to = appealType ? `/services/${serviceSlug(service)}` : OWN_PAGES[service];
          return (
            <li key={service}>
              <Card size="small" className="czn-services__card">
                <Typography.Title level={2} className="czn-services__title">
                  {available && to ? <Link to={to}>{label}</Link> : label}
                </Typography.Title>
                {available ? (
                  <Tag color="success">{appealType ? 'Можно подать заявление' : 'Доступно'}</Tag>
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
