import { useMutation, useQuery } from '@apollo/client/react';
import { describeFailure, ErrorState, Loading, SessionsBlock, usePageTitle, useToast } from '@czn/ui';
import { Alert, Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { CHANGE_MY_EMAIL, CHANGE_MY_PASSWORD, MY_SETTINGS } from './operations';

const NOT_GIVEN = 'не указано';

/** 2026-12-11 → 11.12.2026: dates without time, shown as written, with no time-zone shift. */
const dayOf = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('.') : NOT_GIVEN);

function Block({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card className="czn-gap" role="region" aria-labelledby={id}>
      <Typography.Title level={2} id={id} style={{ marginTop: 0, fontSize: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </Card>
  );
}

/** «Настройки» of seed 001: main information and identifiers to read, account settings, contacts, sessions. */
export default function SettingsPage() {
  usePageTitle('Настройки');
  const { data, loading, error, refetch } = useQuery(MY_SETTINGS);
  if (loading) return <Loading what="Загружаем настройки…" />;
  if (error || !data)
    return <ErrorState title="Не удалось загрузить настройки" error={error} onRetry={() => void refetch()} />;
  const me = data.me;
  const passport = me.passport;

  return (
    <>
      <Typography.Title level={1}>Настройки</Typography.Title>
      <Block title="Основная информация" id="settings-main">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="ФИО">{me.fullName}</Descriptions.Item>
          <Descriptions.Item label="Дата рождения">{dayOf(me.birthDate)}</Descriptions.Item>
          <Descriptions.Item label="Адрес регистрации">
            {me.registrationAddress ?? NOT_GIVEN}
          </Descriptions.Item>
        </Descriptions>
      </Block>
      <Block title="Идентификаторы" id="settings-ids">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="СНИЛС">{me.snils ?? NOT_GIVEN}</Descriptions.Item>
          <Descriptions.Item label="Паспорт">
            {passport ? `${passport.series ?? ''} ${passport.number ?? ''}`.trim() : NOT_GIVEN}
          </Descriptions.Item>
          {passport && (
            <Descriptions.Item label="Выдан">
              {[passport.issuedBy, passport.issuedOn && dayOf(passport.issuedOn)].filter(Boolean).join(', ')}
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          Основную информацию и идентификаторы можно только просмотреть. Если в них ошибка, обратитесь в центр
          занятости: изменить их могут только сотрудники ЦЗН.
        </Typography.Paragraph>
      </Block>
      <Block title="Настройки учётной записи" id="settings-account">
        {me.signsInThroughEsia ? (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            Вы входите через Госуслуги. Пароль меняется на{' '}
            <a
              href="https://www.gosuslugi.ru/"
              target="_blank"
              rel="noreferrer"
              style={{ textDecoration: 'underline' }}
            >
              Госуслугах
            </a>{' '}
            в разделе «Профиль» → «Безопасность».
          </Typography.Paragraph>
        ) : (
          <PasswordForm />
        )}
      </Block>
      <Block title="Контактная информация" id="settings-contacts">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="Телефон">{me.phone ?? NOT_GIVEN}</Descriptions.Item>
          <Descriptions.Item label="Электронная почта">{me.email ?? NOT_GIVEN}</Descriptions.Item>
        </Descriptions>
        <EmailForm throughEsia={me.signsInThroughEsia === true} current={me.email ?? null} />
      </Block>
      <SessionsBlock />
    </>
  );
}

function EmailForm({ throughEsia, current }: { throughEsia: boolean; current: string | null }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [change, { loading }] = useMutation(CHANGE_MY_EMAIL);
  const toast = useToast();
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} aria-label="Изменить адрес электронной почты">
        Изменить
      </Button>
    );
  const submit = async ({ email, password }: { email: string; password?: string }) => {
    setError(null);
    try {
      await change({ variables: { email, password: password ?? null } });
      toast.success(
        throughEsia && current
          ? `Адрес изменён. На прежний адрес ${current} отправлено уведомление о смене.`
          : 'Адрес электронной почты изменён.',
      );
      setOpen(false);
    } catch (failure) {
      setError(describeFailure(failure).message);
    }
  };
  return (
    <Form layout="vertical" onFinish={submit} disabled={loading} style={{ maxWidth: 420 }}>
      <div role="alert">{error && <Alert type="error" showIcon title={error} className="czn-gap" />}</div>
      <Form.Item
        label="Новый адрес электронной почты"
        name="email"
        rules={[{ required: true, type: 'email', message: 'Введите адрес, например name@example.ru' }]}
      >
        <Input type="email" autoComplete="email" autoFocus />
      </Form.Item>
      {throughEsia ? (
        <Typography.Paragraph type="secondary">
          Пароль не нужен: вы вошли через Госуслуги. На прежний адрес придёт уведомление о смене.
        </Typography.Paragraph>
      ) : (
        <Form.Item
          label="Текущий пароль"
          name="password"
          rules={[{ required: true, message: 'Введите текущий пароль, чтобы подтвердить смену' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={loading}>
        Сохранить
      </Button>{' '}
      <Button onClick={() => setOpen(false)}>Отмена</Button>
    </Form>
  );
}

function PasswordForm() {
  const [error, setError] = useState<string | null>(null);
  const [change, { loading }] = useMutation(CHANGE_MY_PASSWORD);
  const toast = useToast();
  const [form] = Form.useForm();
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setError(null);
    try {
      await change({ variables: values });
      toast.success('Пароль изменён. На других устройствах нужно войти снова.');
      form.resetFields();
    } catch (failure) {
      setError(describeFailure(failure).message);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit} disabled={loading} style={{ maxWidth: 420 }}>
      <div role="alert">{error && <Alert type="error" showIcon title={error} className="czn-gap" />}</div>
      <Form.Item
        label="Текущий пароль"
        name="currentPassword"
        rules={[{ required: true, message: 'Введите текущий пароль' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label="Новый пароль"
        name="newPassword"
        extra="Не короче 10 символов, буквы и цифры, без пробелов и без логина внутри"
        rules={[{ required: true, min: 10, message: 'Не короче 10 символов' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        Изменить пароль
      </Button>
    </Form>
  );
}
