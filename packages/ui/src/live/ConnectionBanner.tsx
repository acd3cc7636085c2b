import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useConnection } from './connection';

const BACK_ONLINE_SHOWN_MS = 4_000;

/**
 * Says when live updates stop and when they are back. Announced to screen readers as a status; the
 * warning is shown only after the page has been live once, so a first connection does not flash it. When
 * the socket gives up, the person is asked to reload the page.
 */
export function ConnectionBanner() {
  const { state, generation } = useConnection();
  const [backOnline, setBackOnline] = useState(false);
  const wasOffline = useRef(false);

  useEffect(() => {
    if (state === 'offline') {
      wasOffline.current = true;
      setBackOnline(false);
      return;
    }
    if (state !== 'live' || !wasOffline.current) return;
    wasOffline.current = false;
    setBackOnline(true);
    const timer = window.setTimeout(() => setBackOnline(false), BACK_ONLINE_SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [state, generation]);

  return (
    <div role="status" aria-live="polite" className="czn-connection" data-connection={state}>
      {state === 'offline' && generation > 0 && (
        <Alert
          type="warning"
          showIcon
          title="Нет связи с сервером"
          description="Изменения появятся, как только связь восстановится. Переподключаемся…"
        />
      )}
      {state === 'failed' && (
        <Alert
          type="error"
          showIcon
          title="Не удаётся восстановить связь. Обновите страницу"
          description="Изменения на странице больше не появляются сами."
          action={<Button onClick={() => window.location.reload()}>Обновить страницу</Button>}
        />
      )}
      {backOnline && (
        <Alert type="success" showIcon title="Связь восстановлена: данные обновляются в реальном времени" />
      )}
    </div>
  );
}
