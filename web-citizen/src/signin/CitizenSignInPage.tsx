import { startEsiaSignIn, usePageTitle, useSession } from '@czn/ui';
import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';

const HOME = '/appeals';

/**
 * Citizens sign in through Gosuslugi (seed 000). The portal-login form for the demo accounts is one link away
 * (/signin/login); in production the server refuses citizens there anyway.
 */
export default function CitizenSignInPage() {
  usePageTitle('Вход в личный кабинет гражданина');
  const { session, notice } = useSession();
  const from = (useLocation().state as { from?: string } | null)?.from ?? HOME;
  const [leaving, setLeaving] = useState(false);

  if (session) return <Navigate to={from} replace />;

  return (
    <main className="czn-signin">
      <div className="czn-signin__panel">
        <h1 className="czn-signin__title">Вход в личный кабинет гражданина</h1>
        {notice && <Alert type="info" showIcon title={notice} className="czn-gap" />}
        <Typography.Paragraph>
          Войдите с учётной записью Госуслуг: по номеру телефона или адресу почты и паролю, по СНИЛС и паролю
          или с электронной подписью. Нужна подтверждённая учётная запись.
        </Typography.Paragraph>
        <Button
          type="primary"
          size="large"
          block
          loading={leaving}
          onClick={() => {
            setLeaving(true);
            startEsiaSignIn(from);
          }}
        >
          Войти через Госуслуги
        </Button>
        <p className="czn-signin__demo">
          <Link to="/signin/login" state={{ from }}>
            Войти по логину (демо)
          </Link>
        </p>
        <p className="czn-signin__demo">
          <Link to="/vacancies">Банк вакансий</Link>: искать вакансии можно без входа
        </p>
      </div>
    </main>
  );
}
