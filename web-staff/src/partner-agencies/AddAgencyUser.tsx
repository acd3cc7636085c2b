import { useMutation } from '@apollo/client/react';
import { describeFailure, useToast } from '@czn/ui';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { CREATE_PARTNER_USER, PARTNER_AGENCIES } from './operations';

export const FULL_NAME_REQUIRED = 'Укажите ФИО';
export const LOGIN_REQUIRED = 'Придумайте логин';
export const PASSWORD_REQUIRED = 'Задайте начальный пароль';

interface NewAgencyUser {
  fullName: string;
  login: string;
  password: string;
  email?: string;
}

const FIELDS: ReadonlySet<string> = new Set(['fullName', 'login', 'password', 'email']);

interface Agency {
  id: string;
  name: string;
}

/** «Добавить сотрудника»: an account with which an employee of the agency signs in to see its referrals. */
export function AddAgencyUser({ agency }: { agency: Agency }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} aria-label={`Добавить сотрудника: ${agency.name}`}>
        Добавить сотрудника
      </Button>
      <Modal
        open={open}
        title={`Новый сотрудник: ${agency.name}`}
        onCancel={() => setOpen(false)}
        footer={null}
        mask={{ closable: false }}
        destroyOnHidden
        width={640}
      >
        <AgencyUserForm agencyId={agency.id} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function AgencyUserForm({ agencyId, onDone }: { agencyId: string; onDone: () => void }) {
  const toast = useToast();
  const [form] = Form.useForm<NewAgencyUser>();
  const [create, { loading }] = useMutation(CREATE_PARTNER_USER, { refetchQueries: [PARTNER_AGENCIES] });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ fullName, login, password, email }: NewAgencyUser) => {
    setFailure(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            agencyId,
            fullName: fullName.trim(),
            login: login.trim(),
            password,
            email: email?.trim() || null,
          },
        },
      });
      const user = data!.createPartnerUser;
      void toast.success(
        `Учётная запись создана: ${user.fullName}, логин ${user.login}. Передайте сотруднику начальный пароль лично.`,
      );
      onDone();
    } catch (error) {
      const { field, message } = describeFailure(error);
      if (field && FIELDS.has(field))
        form.setFields([{ name: field as keyof NewAgencyUser, errors: [message] }]);
      else setFailure(message);
    }
  };

  return (
    <Form<NewAgencyUser> form={form} layout="vertical" requiredMark onFinish={submit} disabled={loading}>
      <div role="alert">{failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}</div>
      <Form.Item
        label="ФИО"
        name="fullName"
        rules={[{ required: true, whitespace: true, message: FULL_NAME_REQUIRED }]}
      >
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item
        label="Логин"
        name="login"
        extra="Латинские буквы, цифры и . _ -, первый символ — буква"
        rules={[{ required: true, whitespace: true, message: LOGIN_REQUIRED }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="Начальный пароль"
        name="password"
        extra="Не короче 10 символов, буквы и цифры, без пробелов и без логина внутри"
        rules={[{ required: true, message: PASSWORD_REQUIRED }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label="Электронная почта" name="email" extra="Необязательно">
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          Создать учётную запись
        </Button>
        <Button onClick={onDone}>Отмена</Button>
      </Space>
    </Form>
  );
}
