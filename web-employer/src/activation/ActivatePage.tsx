import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { describeFailure, formatDate, useSession, usePageTitle } from '@czn/ui';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ACTIVATE_EMPLOYER, ACTIVATION_STATUS } from './operations';

/** The activation page is for people without an account yet: plain HTTP, no session. */
const client = new ApolloClient({
  link: new HttpLink({ uri: '/graphql' }),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'no-cache' } },
});

interface ValidCode {
  code: string;
  organizationName: string;
  fullName: string;
  expiresAt: string;
}

interface Credentials {
  login: string;
  password: string;
  repeat: string;
}

export const PASSWORD_RULES = [
  'не короче 10 символов;',
  'и буквы, и цифры;',
  'без пробелов;',
  'не совпадает с логином и не содержит его.',
];

/**
 * «Активация кабинета» (seed 002): the representative comes by the e-mail's link (the code filled in) or types
 * the code, confirms it, then creates the login and password of the cabinet and is signed in.
 */
export default function ActivatePage() {
  usePageTitle('Активация кабинета');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { signIn } = useSession();
  const [codeForm] = Form.useForm<{ code: string }>();
  const [credentialsForm] = Form.useForm<Credentials>();
  const [valid, setValid] = useState<ValidCode | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [activated, setActivated] = useState<string | null>(null);

  useEffect(() => {
    const code = params.get('code');
    if (code) codeForm.setFieldsValue({ code });
  }, [params, codeForm]);

  const confirm = async ({ code }: { code: string }) => {
    setBusy(true);
    setRefusal(null);
    try {
      const { data } = await client.query({ query: ACTIVATION_STATUS, variables: { code: code.trim() } });
      const status = data!.activationStatus;
      if (status.state === 'VALID') {
        setValid({
          code: code.trim(),
          organizationName: status.organizationName ?? '',
          fullName: status.fullName ?? '',
          expiresAt: status.expiresAt as string,
        });
      } else {
        setRefusal(status.message ?? 'Код не действует. Обратитесь в центр занятости.');
      }
    } catch (error) {
      setRefusal(describeFailure(error).message);
    } finally {
      setBusy(false);
    }
  };

  const activate = async ({ login, password }: Credentials) => {
    if (!valid) return;
    setBusy(true);
    setRefusal(null);
    try {
      const { data } = await client.mutate({
        mutation: ACTIVATE_EMPLOYER,
        variables: { code: valid.code, login: login.trim(), password },
      });
      const created = data!.activateEmployer.login;
      setActivated(created);
      try {
        await signIn(created, password);
        void navigate('/vacancies', { replace: true });
      } catch {
        setBusy(false);
      }
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.field === 'login' || failure.field === 'password') {
        credentialsForm.setFields([{ name: failure.field, errors: [failure.message] }]);
      } else if (failure.field === 'code') {
        setValid(null);
        setRefusal(failure.message);
      } else {
        setRefusal(failure.message);
      }
      setBusy(false);
    }
  };

  return (
    <main className="czn-signin">
      <div className="czn-signin__panel">
        <h1 className="czn-signin__title">Активация кабинета</h1>
        <div role="alert" aria-live="assertive">
          {refusal && <Alert type="error" showIcon title={refusal} className="czn-gap" />}
        </div>
        {activated ? (
          <Alert
            type="success"
            showIcon
            title={`Кабинет активирован. Ваш логин: ${activated}`}
            description={<Link to="/signin">Войти в кабинет</Link>}
          />
        ) : valid ? (
          <>
            <Alert
              type="info"
              showIcon
              className="czn-gap"
              title={`${valid.organizationName}: ${valid.fullName}`}
              description={`Код действует до ${formatDate(valid.expiresAt)}. Придумайте логин и пароль для входа в кабинет.`}
            />
            <Form<Credentials>
              form={credentialsForm}
              layout="vertical"
              requiredMark
              onFinish={activate}
              disabled={busy}
            >
              <Form.Item
                label="Логин"
                name="login"
                extra="От 3 до 32 символов: латинские буквы, цифры и знаки . _ -, первый символ — буква"
                rules={[{ required: true, whitespace: true, message: 'Придумайте логин' }]}
              >
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item
                label="Пароль"
                name="password"
                extra={<span id="password-rules">Пароль: {PASSWORD_RULES.join(' ')}</span>}
                rules={[{ required: true, message: 'Придумайте пароль' }]}
              >
                <Input.Password autoComplete="new-password" aria-describedby="password-rules" />
              </Form.Item>
              <Form.Item
                label="Пароль ещё раз"
                name="repeat"
                dependencies={['password']}
                rules={[
                  { required: true, message: 'Повторите пароль' },
                  ({ getFieldValue }) => ({
                    validator: (_rule, value: string) =>
                      !value || value === getFieldValue('password')
                        ? Promise.resolve()
                        : Promise.reject(new Error('Пароли не совпадают: введите тот же пароль')),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                Отправить
              </Button>
            </Form>
          </>
        ) : (
          <Form<{ code: string }>
            form={codeForm}
            layout="vertical"
            requiredMark
            onFinish={confirm}
            disabled={busy}
          >
            <p>
              Введите код активации из письма центра занятости или перейдите по ссылке из письма: код
              подставится сам.
            </p>
            <Form.Item
              label="Код активации"
              name="code"
              extra="12 латинских букв и цифр, например ABCD-EFGH-JKMN"
              rules={[{ required: true, whitespace: true, message: 'Введите код активации из письма' }]}
            >
              <Input autoComplete="one-time-code" autoFocus spellCheck={false} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              Подтвердить
            </Button>
          </Form>
        )}
        <p className="czn-gap">
          <Link to="/signin">Уже есть логин и пароль? Войти</Link>
        </p>
      </div>
    </main>
  );
}
