import { Loading } from '../feedback/states';
import { usePageTitle } from '../layout/usePageTitle';
import { useSession } from './SessionProvider';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { startEsiaSignIn, takeReturnPath, type EsiaAudience } from './esia';

/** The one-time codes already being exchanged: React's strict mode runs the effect twice. */
const exchanging = new Map<string, Promise<unknown>>();

/**
 * Gosuslugi sent the browser back here with a one-time code in the fragment (`#code=…`), which never reaches a
 * server's logs. The code is exchanged for a session, or the server's reason for refusing is shown.
 */
export function EsiaLandingPage({ home, as = 'citizen' }: { home: string; as?: EsiaAudience }) {
  usePageTitle('Вход через Госуслуги');
  const { completeEsiaSignIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const code = new URLSearchParams(window.location.hash.slice(1)).get('code');
    // The code is spent once used: it leaves the address bar and the history at once.
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
    if (!code) {
      if (!exchanging.size)
        setError('Вход через Госуслуги не завершён. Нажмите «Войти через Госуслуги» ещё раз.');
      return;
    }
    let current = exchanging.get(code);
    if (!current) {
      current = completeEsiaSignIn(code);
      exchanging.set(code, current);
    }
    current.then(
      () => void navigate(takeReturnPath(home), { replace: true }),
      (failure: Error) => setError(failure.message),
    );
  }, [completeEsiaSignIn, navigate, home]);

  if (!error) return <Loading what="Завершаем вход через Госуслуги…" />;
  return (
    <main className="czn-signin">
      <div className="czn-signin__panel">
        <h1 className="czn-signin__title">Вход через Госуслуги не выполнен</h1>
        <div role="alert">
          <Alert type="error" showIcon title={error} className="czn-gap" />
        </div>
        <Button type="primary" block onClick={() => startEsiaSignIn(home, as)}>
          Войти через Госуслуги
        </Button>
        <p className="czn-signin__demo">
          <Link to="/signin">Вернуться на страницу входа</Link>
        </p>
      </div>
    </main>
  );
}
