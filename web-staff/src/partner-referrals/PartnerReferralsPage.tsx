import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading, partnerReferralStatusLabels, usePageTitle } from '@czn/ui';
import { Col, Form, Row, Select, Typography } from 'antd';
import type { PartnerReferralStatus } from '../gql/graphql';
import { useReferralFilter } from './filter';
import { PARTNER_REFERRALS } from './operations';
import { ReferralPager } from './ReferralPager';
import { ReferralsTable } from './ReferralsTable';

const PAGE_SIZE = 20;

const statusOptions = (Object.keys(partnerReferralStatusLabels) as PartnerReferralStatus[]).map((value) => ({
  value,
  label: partnerReferralStatusLabels[value],
}));

/** «Направления»: the referrals addressed to the partner's agency, newest first. */
export default function PartnerReferralsPage() {
  usePageTitle('Направления');
  const [filter, setFilter] = useReferralFilter();
  const { status, page } = filter;
  // One more than a page tells whether there is a next one.
  const { data, previousData, loading, error, refetch } = useQuery(PARTNER_REFERRALS, {
    variables: { status, page: { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE } },
  });
  const found = error ? undefined : (data ?? previousData)?.partnerReferrals;

  return (
    <>
      <Typography.Title level={1}>Направления</Typography.Title>
      <Form layout="vertical" role="search" aria-label="Отбор направлений">
        <Row>
          <Col xs={24} sm={10} md={8}>
            <Form.Item label="Статус" htmlFor="referral-status-filter">
              <Select
                id="referral-status-filter"
                allowClear
                placeholder="Все статусы"
                options={statusOptions}
                value={status ?? undefined}
                onChange={(next?: PartnerReferralStatus) => setFilter({ status: next ?? null, page: 1 })}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error && (
        <div className="czn-gap">
          <ErrorState title="Не удалось загрузить направления" error={error} onRetry={() => void refetch()} />
        </div>
      )}
      {found ? (
        <>
          <ReferralsTable
            referrals={found.slice(0, PAGE_SIZE)}
            loading={loading}
            emptyText={
              status
                ? `Направлений в статусе «${partnerReferralStatusLabels[status]}» нет`
                : 'Направлений нет'
            }
          />
          <ReferralPager
            page={page}
            hasNext={found.length > PAGE_SIZE}
            onChange={(next) => setFilter({ status, page: next })}
          />
        </>
      ) : (
        !error && <Loading what="Загружаем направления…" />
      )}
    </>
  );
}
