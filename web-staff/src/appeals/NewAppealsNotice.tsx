import { Button } from 'antd';

/** «Новых обращений: 2», said to screen readers as it grows, until the operator acknowledges them. */
export function NewAppealsNotice({ count, onAcknowledge }: { count: number; onAcknowledge(): void }) {
  return (
    <div className={count > 0 ? 'staff-arrivals' : undefined}>
      <span role="status" aria-live="polite" aria-atomic="true" className="staff-arrivals__count">
        {count > 0 && `Новых обращений: ${count}`}
      </span>
      {count > 0 && <Button onClick={onAcknowledge}>Отметить просмотренными</Button>}
    </div>
  );
}
