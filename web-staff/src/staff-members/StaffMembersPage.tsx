import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeFailure,
  ErrorState,
  formatDate,
  Loading,
  roleLabels,
  usePageTitle,
  useSignedIn,
  useToast,
} from '@czn/ui';
import { Alert, Button, Col, Form, Input, Popconfirm, Row, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { STAFF_ROLES } from '../audience';
import type { Role, StaffMembersQuery } from '../gql/graphql';
import {
  CREATE_STAFF_MEMBER,
  DEACTIVATE_STAFF_MEMBER,
  STAFF_MEMBERS,
  UPDATE_STAFF_ROLES,
} from './operations';

type Member = StaffMembersQuery['staffMembers'][number];

const ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: roleLabels[value] }));

interface NewMember {
  fullName: string;
  login: string;
  password: string;
  email?: string;
  roles: Role[];
}

function CreateStaffMemberForm() {
  const [form] = Form.useForm<NewMember>();
  const [create, { loading }] = useMutation(CREATE_STAFF_MEMBER, { refetchQueries: [STAFF_MEMBERS] });
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const submit = async (fields: NewMember) => {
    setOutcome(null);
    try {
      const { data } = await create({
        variables: { input: { ...fields, email: fields.email?.trim() || null } },
      });
      const member = data!.createStaffMember;
      setOutcome({
        type: 'success',
        text: `Учётная запись создана: ${member.fullName}, логин ${member.login}. Передайте сотруднику начальный пароль лично.`,
      });
      form.resetFields();
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.field && ['fullName', 'login', 'password', 'email', 'roles'].includes(failure.field))
        form.setFields([{ name: failure.field as keyof NewMember, errors: [failure.message] }]);
      else setOutcome({ type: 'error', text: failure.message });
    }
  };
  return (
    <section aria-labelledby="new-staff-member" className="czn-gap">
      <h2 id="new-staff-member">Новый сотрудник</h2>
      <div role="status" aria-live="polite">
        {outcome && <Alert type={outcome.type} showIcon title={outcome.text} className="czn-gap" />}
      </div>
      <Form<NewMember> form={form} layout="vertical" requiredMark onFinish={submit} disabled={loading}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="ФИО"
              name="fullName"
              rules={[{ required: true, whitespace: true, message: 'Укажите ФИО' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Электронная почта" name="email">
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="Логин"
              name="login"
              extra="Латинские буквы, цифры и . _ -, первый символ — буква"
              rules={[{ required: true, whitespace: true, message: 'Придумайте логин' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Начальный пароль"
              name="password"
              extra="Не короче 10 символов, буквы и цифры, без пробелов и без логина внутри"
              rules={[{ required: true, message: 'Задайте начальный пароль' }]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Роли"
          name="roles"
          rules={[{ required: true, message: 'Выберите хотя бы одну роль' }]}
        >
          <Select mode="multiple" options={ROLE_OPTIONS} aria-label="Роли" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          Создать учётную запись
        </Button>
      </Form>
    </section>
  );
}

function RolesCell({ member, self }: { member: Member; self: boolean }) {
  const toast = useToast();
  const [update, { loading }] = useMutation(UPDATE_STAFF_ROLES);
  if (!member.active) return <span>{member.roles.map((r) => roleLabels[r]).join(', ')}</span>;
  return (
    <Select
      mode="multiple"
      aria-label={`Роли: ${member.fullName}`}
      value={member.roles}
      options={ROLE_OPTIONS.map((o) => ({ ...o, disabled: self && o.value === 'ADMIN' }))}
      loading={loading}
      style={{ minWidth: 280 }}
      onChange={async (roles: Role[]) => {
        try {
          await update({ variables: { userId: member.id, roles } });
          void toast.success(`Роли сотрудника ${member.fullName} изменены`);
        } catch (error) {
          void toast.error(describeFailure(error).message);
        }
      }}
    />
  );
}

function DeactivateButton({ member }: { member: Member }) {
  const toast = useToast();
  const [deactivate, { loading }] = useMutation(DEACTIVATE_STAFF_MEMBER);
  return (
    <Popconfirm
      title={`Отключить учётную запись ${member.fullName}?`}
      description="Сотрудник больше не сможет войти; открытые сеансы завершатся."
      okText="Отключить"
      cancelText="Отмена"
      onConfirm={async () => {
        try {
          await deactivate({ variables: { userId: member.id } });
          void toast.success(`Учётная запись ${member.login} отключена`);
        } catch (error) {
          void toast.error(describeFailure(error).message);
        }
      }}
    >
      <Button danger size="small" loading={loading}>
        Отключить
      </Button>
    </Popconfirm>
  );
}

/** «Сотрудники»: the administrator's job centre staff accounts and their roles. */
export default function StaffMembersPage() {
  usePageTitle('Сотрудники');
  const { user } = useSignedIn();
  const { data, loading, error, refetch } = useQuery(STAFF_MEMBERS);

  return (
    <>
      <Typography.Title level={1}>Сотрудники</Typography.Title>
      {error && (
        <ErrorState title="Не удалось загрузить сотрудников" error={error} onRetry={() => void refetch()} />
      )}
      {data ? (
        <>
          <CreateStaffMemberForm />
          <section aria-labelledby="staff-list" className="czn-gap">
            <h2 id="staff-list">Сотрудники ЦЗН</h2>
            <Table<Member>
              rowKey="id"
              loading={loading}
              dataSource={data.staffMembers}
              pagination={false}
              columns={[
                {
                  title: 'Сотрудник',
                  key: 'who',
                  render: (_: unknown, m: Member) => (
                    <div>
                      <strong>{m.fullName}</strong>
                      <div>
                        {m.login}
                        {m.email ? `, ${m.email}` : ''}
                      </div>
                    </div>
                  ),
                },
                {
                  title: 'Роли',
                  key: 'roles',
                  render: (_: unknown, m: Member) => <RolesCell member={m} self={m.id === user.id} />,
                },
                {
                  title: 'Учётная запись',
                  key: 'active',
                  render: (_: unknown, m: Member) =>
                    m.active ? (
                      m.id === user.id ? (
                        <Tag color="success">Действует (это вы)</Tag>
                      ) : (
                        <span>
                          <Tag color="success">Действует</Tag> <DeactivateButton member={m} />
                        </span>
                      )
                    ) : (
                      <Tag>Отключена {m.deactivatedAt ? formatDate(m.deactivatedAt as string) : ''}</Tag>
                    ),
                },
              ]}
            />
          </section>
        </>
      ) : (
        !error && <Loading what="Загружаем сотрудников…" />
      )}
    </>
  );
}
