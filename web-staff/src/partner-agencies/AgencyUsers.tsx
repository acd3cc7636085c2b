import { Table, Typography } from 'antd';
import type { PartnerAgencyUserFragment } from '../gql/graphql';
import { AddAgencyUser } from './AddAgencyUser';
import { AgencyUserState } from './AgencyUserState';

interface Agency {
  id: string;
  name: string;
  users: PartnerAgencyUserFragment[];
}

/** «Сотрудники ведомства»: who signs in with a login and password to work with the agency's referrals. */
export function AgencyUsers({ agency }: { agency: Agency }) {
  const heading = `agency-users-${agency.id}`;
  return (
    <section aria-labelledby={heading} className="staff-agency-users">
      <div className="staff-agency-head">
        <Typography.Title level={3} id={heading} style={{ margin: 0, fontSize: 16 }}>
          Сотрудники ведомства
        </Typography.Title>
        <AddAgencyUser agency={agency} />
      </div>
      <Table<PartnerAgencyUserFragment>
        rowKey="id"
        aria-label={`Сотрудники ведомства: ${agency.name}`}
        dataSource={agency.users}
        pagination={false}
        size="small"
        locale={{ emptyText: 'Сотрудников пока нет' }}
        columns={[
          { title: 'ФИО', dataIndex: 'fullName', key: 'fullName' },
          { title: 'Логин', dataIndex: 'login', key: 'login' },
          {
            title: 'Электронная почта',
            key: 'email',
            render: (_: unknown, user: PartnerAgencyUserFragment) => user.email ?? '—',
          },
          {
            title: 'Учётная запись',
            key: 'active',
            render: (_: unknown, user: PartnerAgencyUserFragment) => (
              <AgencyUserState user={user} agencyName={agency.name} />
            ),
          },
        ]}
      />
    </section>
  );
}
