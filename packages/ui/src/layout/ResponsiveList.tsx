import { Grid, Pagination, Spin, Table } from 'antd';
import { useState, type ReactNode } from 'react';

export interface ListColumn<T> {
  key: string;
  title: string;
  render(item: T): ReactNode;
}

export interface ResponsiveListProps<T> {
  /** Names the table, or the list of cards, for screen readers. */
  label: string;
  items: T[];
  itemKey(item: T): string;
  columns: ListColumn<T>[];
  empty: ReactNode;
  loading?: boolean;
  /** Items a page; the pager shows only when there is more than one page. */
  pageSize?: number;
  itemClassName?(item: T): string;
}

/**
 * A list of records: a table on wider screens, and under 576 px a list of cards, each with every column's
 * label and value, so that nothing is off-screen on a phone. Both are read by screen readers as what they are
 * (a table; a list whose items are description lists) and reached with the keyboard through their links.
 */
export function ResponsiveList<T>(props: ResponsiveListProps<T>) {
  const { xs: phone } = Grid.useBreakpoint();
  return phone ? <CardList {...props} /> : <WideTable {...props} />;
}

function WideTable<T>({
  label,
  items,
  itemKey,
  columns,
  empty,
  loading,
  pageSize,
  itemClassName,
}: ResponsiveListProps<T>) {
  return (
    <Table<T>
      aria-label={label}
      rowKey={itemKey}
      dataSource={items}
      loading={loading}
      rowClassName={itemClassName}
      locale={{ emptyText: empty }}
      pagination={pageSize ? { pageSize, hideOnSinglePage: true, showSizeChanger: false } : false}
      columns={columns.map((column) => ({
        key: column.key,
        title: column.title,
        render: (_: unknown, item: T) => column.render(item),
      }))}
    />
  );
}

function CardList<T>({
  label,
  items,
  itemKey,
  columns,
  empty,
  loading = false,
  pageSize,
  itemClassName,
}: ResponsiveListProps<T>) {
  const [page, setPage] = useState(1);
  const shown = pageSize ? items.slice((page - 1) * pageSize, page * pageSize) : items;
  return (
    <Spin spinning={loading}>
      {items.length === 0 ? (
        empty
      ) : (
        <ul aria-label={label} className="czn-cards">
          {shown.map((item) => (
            <li key={itemKey(item)} className={`czn-card ${itemClassName?.(item) ?? ''}`.trim()}>
              <dl>
                {columns.map((column) => (
                  <div key={column.key} className="czn-card__field">
                    <dt>{column.title}</dt>
                    <dd>{column.render(item)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {pageSize && (
        <Pagination
          className="czn-cards__pager"
          simple
          current={page}
          pageSize={pageSize}
          total={items.length}
          onChange={setPage}
          hideOnSinglePage
        />
      )}
    </Spin>
  );
}
