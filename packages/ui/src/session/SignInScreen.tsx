import { Alert, Button, Divider, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../layout/usePageTitle';
import { startEsiaSignIn } from './esia';
import { useSession } from './SessionProvider';

import type { SignInPageProps } from './SignInPage';

interface Credentials {
  login: string;
  password: string;
}

export default function SignInScreen({
  title,
  submitLabel,
  home,
  demoAccounts = [],
  demoPassword,
  esia,
  activation,
}: SignInPageProps) {
  usePageTitle(title);
  const { session, notice, signIn, unlockSignIn } = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? home;
  const [error, setError] = useState<string | null>(null);
  const [unlocked, setUnlocked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The link of the e-mail sent when the login was locked: the token works once, so it leaves the address bar.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const token = params.get('unlock');
    if (!token) return;
    params.delete('unlock');
    const rest = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${rest ? `?${rest}` : ''}`,
    );
    unlockSignIn(token).then(setUnlocked, (failure: Error) => setError(failure.message));
  }, [unlockSignIn]);

  if (session) return <Navigate to={from} replace />;

  const submit = async ({ login, password }: Credentials) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
      void navigate(from, { replace: true });
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  };

  return (
    <main className="czn-signin">
      <div className="czn-signin__panel">
        <h1 className="czn-signin__title">{title}</h1>
        {notice && <Alert type="info" showIcon title={notice} className="czn-gap" />}
        <div role="status">
          {unlocked && <Alert type="success" showIcon title={unlocked} className="czn-gap" />}
        </div>
        <div role="alert" aria-live="assertive">
          {error && <Alert type="error" showIcon title={error} className="czn-gap" />}
        </div>
        <Form<Credentials> layout="vertical" requiredMark onFinish={submit} disabled={busy}>
          <Form.Item
            label="Логин"
            name="login"
            rules={[{ required: true, whitespace: true, message: 'Введите логин' }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="Пароль" name="password" rules={[{ required: true, message: 'Введите пароль' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {submitLabel}
          </Button>
        </Form>
        {esia && (
          <>
            <Divider plain>или</Divider>
            <Button block onClick={() => startEsiaSignIn(from, esia)}>
              Войти через Госуслуги
            </Button>
          </>
        )}
        {activation && (
          <p className="czn-signin__activation">
            Получили письмо с кодом активации? <Link to={activation}>Активация кабинета</Link>
          </p>
        )}
        {demoAccounts.length > 0 && (
          <section aria-labelledby="demo-accounts" className="czn-signin__demo">
            <h2 id="demo-accounts">Демонстрационные учётные записи</h2>
            <ul>
              {demoAccounts.map(({ login, who }) => (
                <li key={login}>
                  <code>{login}</code> — {who}
                </li>
              ))}
            </ul>
            {demoPassword && (
              <p>
                Пароль: <code>{demoPassword}</code>
              </p>
            )}
          </section>
        )}
      </div>
    </main>
  );
}
