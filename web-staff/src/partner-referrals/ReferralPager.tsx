import { Button, Flex } from 'antd';

/** Steps through the list, newest first; the server does not count the referrals, so no last page is named. */
export function ReferralPager({
  page,
  hasNext,
  onChange,
}: {
  page: number;
  hasNext: boolean;
  onChange(page: number): void;
}) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label="Страницы направлений" className="czn-gap">
      <Flex wrap align="center" gap="small">
        <Button disabled={page === 1} onClick={() => onChange(page - 1)}>
          ← Предыдущая страница
        </Button>
        <span>Страница {page}</span>
        <Button disabled={!hasNext} onClick={() => onChange(page + 1)}>
          Следующая страница →
        </Button>
      </Flex>
    </nav>
  );
}
