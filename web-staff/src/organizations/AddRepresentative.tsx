import { useMutation } from '@apollo/client/react';
import { describeFailure, formatDate, useToast } from '@czn/ui';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { NewRepresentativeInput } from '../gql/graphql';
import { ADD_ORGANIZATION_REPRESENTATIVE, ORGANIZATIONS } from './operations';

export const FULL_NAME_REQUIRED = 'Укажите ФИО представителя';
export const EMAIL_REQUIRED = 'Укажите электронную почту: туда уйдёт код активации';

type Fields = Omit<NewRepresentativeInput, 'phone'> & { phone?: string };

const FIELDS: ReadonlySet<string> = new Set(['fullName', 'email', 'phone']);

interface Organization {
  id: string;
  shortName: string;
}

/** «Добавить представителя»: a person to act for an organisation registered earlier gets an activation code. */
export function AddRepresentative({ organization }: { organization: Organization }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        style={{ marginTop: 4 }}
        onClick={() => setOpen(true)}
        aria-label={`Добавить представителя: ${organization.shortName}`}
      >
        Добавить представителя
      </Button>
      <Modal
        open={open}
        title={`Новый представитель: ${organization.shortName}`}
        onCancel={() => setOpen(false)}
        footer={null}
        mask={{ closable: false }}
        destroyOnHidden
        width={640}
      >
        <RepresentativeForm organizationId={organization.id} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function RepresentativeForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const toast = useToast();
  const [form] = Form.useForm<Fields>();
  const [add, { loading }] = useMutation(ADD_ORGANIZATION_REPRESENTATIVE, {
    refetchQueries: [ORGANIZATIONS],
  });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async ({ fullName, email, phone }: Fields) => {
    setFailure(null);
    try {
      const { data } = await add({
        variables: {
          organizationId,
          input: { fullName: fullName.trim(), email: email.trim(), phone: phone?.trim() || null },
        },
      });
      const { representative, emailSent, expiresAt } = data!.addOrganizationRepresentative;
      if (emailSent)
        void toast.success(
          `Представитель добавлен: ${representative.fullName}. Код активации отправлен на ${representative.email}; действует до ${formatDate(expiresAt as string)}.`,
        );
      else
        void toast.warning(
          `Представитель добавлен: ${representative.fullName}, но письмо не отправлено. Нажмите «Отправить код повторно» в списке.`,
        );
      onDone();
    } catch (error) {
      const { field, message } = describeFailure(error);
      if (field && FIELDS.has(field)) form.setFields([{ name: field as keyof Fields, errors: [message] }]);
      else setFailure(message);
    }
  };

  return (
    <Form<Fields> form={form} layout="vertical" requiredMark onFinish={submit} disabled={loading}>
      <div role="alert">{failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}</div>
      <Form.Item
        label="ФИО представителя"
        name="fullName"
        rules={[{ required: true, whitespace: true, message: FULL_NAME_REQUIRED }]}
      >
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item
        label="Электронная почта"
        name="email"
        extra="Сюда придёт письмо с кодом активации"
        rules={[{ required: true, whitespace: true, message: EMAIL_REQUIRED }]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item label="Телефон" name="phone" extra="Необязательно; +7 (XXX) XXX-XX-XX">
        <Input type="tel" inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={loading}>
          Добавить и отправить код
        </Button>
        <Button onClick={onDone}>Отмена</Button>
      </Space>
    </Form>
  );
}
