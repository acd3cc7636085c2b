import { useMutation } from '@apollo/client/react';
import { describeFailure, formatDate } from '@czn/ui';
import { Alert, Button, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import type { RegisterOrganizationInput } from '../gql/graphql';
import { ORGANIZATIONS, REGISTER_ORGANIZATION } from './operations';

type Fields = Omit<RegisterOrganizationInput, 'kpp'> & { kpp?: string };

const FIELDS: ReadonlySet<string> = new Set([
  'name',
  'shortName',
  'inn',
  'kpp',
  'ogrn',
  'representativeFullName',
  'representativeEmail',
]);

/** Staff register an employer and its representative; the representative gets an activation e-mail. */
export function RegisterOrganizationForm() {
  const [form] = Form.useForm<Fields>();
  const [register, { loading }] = useMutation(REGISTER_ORGANIZATION, {
    refetchQueries: [ORGANIZATIONS],
  });
  const [outcome, setOutcome] = useState<{ type: 'success' | 'warning' | 'error'; text: string } | null>(
    null,
  );

  const submit = async (fields: Fields) => {
    setOutcome(null);
    try {
      const { data } = await register({
        variables: { input: { ...fields, kpp: fields.kpp?.trim() ? fields.kpp.trim() : null } },
      });
      const result = data!.registerOrganization;
      setOutcome(
        result.emailSent
          ? {
              type: 'success',
              text: `${result.organization.shortName} зарегистрирована. Код активации отправлен на ${result.representative.email}; действует до ${formatDate(result.expiresAt as string)}.`,
            }
          : {
              type: 'warning',
              text: `${result.organization.shortName} зарегистрирована, но письмо не отправлено. Нажмите «Отправить код повторно» в списке ниже.`,
            },
      );
      form.resetFields();
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.field && FIELDS.has(failure.field)) {
        form.setFields([{ name: failure.field as keyof Fields, errors: [failure.message] }]);
      } else {
        setOutcome({ type: 'error', text: failure.message });
      }
    }
  };

  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <section aria-labelledby="register-organization" className="czn-gap">
      <h2 id="register-organization">Зарегистрировать организацию</h2>
      <div role="status" aria-live="polite">
        {outcome && <Alert type={outcome.type} showIcon title={outcome.text} className="czn-gap" />}
      </div>
      <Form<Fields> form={form} layout="vertical" requiredMark onFinish={submit} disabled={loading}>
        <Form.Item label="Полное наименование" name="name" rules={required('Укажите полное наименование')}>
          <Input placeholder="Общество с ограниченной ответственностью «Ромашка»" />
        </Form.Item>
        <Form.Item
          label="Сокращённое наименование"
          name="shortName"
          rules={required('Укажите сокращённое наименование')}
        >
          <Input placeholder="ООО «Ромашка»" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label="ИНН"
              name="inn"
              extra="10 цифр у организации, 12 у предпринимателя"
              rules={required('Укажите ИНН')}
            >
              <Input inputMode="numeric" maxLength={12} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="КПП" name="kpp" extra="9 символов; у предпринимателя не указывается">
              <Input maxLength={9} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label="ОГРН или ОГРНИП"
              name="ogrn"
              extra="13 цифр у организации, 15 у предпринимателя"
              rules={required('Укажите ОГРН')}
            >
              <Input inputMode="numeric" maxLength={15} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="ФИО представителя"
              name="representativeFullName"
              rules={required('Укажите ФИО представителя')}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Электронная почта представителя"
              name="representativeEmail"
              extra="Сюда придёт письмо с кодом активации"
              rules={required('Укажите электронную почту')}
            >
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={loading}>
          Зарегистрировать и отправить код
        </Button>
      </Form>
    </section>
  );
}
