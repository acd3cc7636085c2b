import { Alert, Button, Empty, Spin } from 'antd';

/** Something slow is on its way; said to screen readers too. */
export function Loading({ what = 'Загрузка…' }: { what?: string }) {
  return (
    <div role="status" aria-live="polite" className="czn-loading">
      <Spin />
      <span>{what}</span>
    </div>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: Error; onRetry?: () => void }) {
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={title}
      description={error.message}
      action={onRetry && <Button onClick={onRetry}>Повторить</Button>}
    />
  );
}

export function EmptyState({ children }: { children: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={children} />;
}
