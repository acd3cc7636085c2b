import { useQuery } from '@apollo/client/react';
import { AppLayout } from '@czn/ui';
import { graphql } from './gql';

const MY_ORGANIZATION = graphql(`
  query MyOrganization {
    me {
      id
      organization {
        id
        shortName
        name
        inn
      }
    }
  }
`);

/** The cabinet's frame, naming the organisation the representative acts for. */
export function EmployerLayout() {
  const organization = useQuery(MY_ORGANIZATION).data?.me.organization;
  return (
    <AppLayout
      cabinet="Личный кабинет работодателя"
      nav={[
        { to: '/vacancies', label: 'Вакансии' },
        { to: '/settings', label: 'Настройки' },
      ]}
      affiliation={
        organization && (
          <span title={`${organization.name}, ИНН ${organization.inn}`}>{organization.shortName}</span>
        )
      }
    />
  );
}
