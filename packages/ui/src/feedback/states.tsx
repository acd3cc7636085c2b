import { Alert, Button, Empty, Spin } from 'antd';
import { describeFailure, isFinal } from './failure';

/** Something slow is on its way; said to screen readers too. */
export function Loading({ what = 'Загрузка…' }: { what?: string }) {
  return (
    <div role="status" aria-live="polite" className="czn-loading">
      <Spin />
      <span>{what}</span>
    </div>
  );
}

/**
 * A request that failed: the server's reason in Russian, or that it was not reached. «Повторить» is offered
 * only where asking again can change the answer.
 */
export function ErrorState({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const failure = describeFailure(error);
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={title}
      description={failure.message}
      action={onRetry && !isFinal(failure) && <Button onClick={onRetry}>Повторить</Button>}
    />
  );
}

export function EmptyState({ children }: { children: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={children} />;
}
