import { useQuery } from '@apollo/client/react';
import { ErrorState, Loading, PartialDataNotice, usePageTitle } from '@czn/ui';
import { Typography } from 'antd';
import { useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PARTNER_REFERRAL } from './operations';
import { ReferralActions } from './ReferralActions';
import { ReferralDetails } from './ReferralDetails';

/** The referral's card: whom the job centre sent and why, what became of it, and what the agency can do now. */
export default function PartnerReferralPage() {
  const { id = '' } = useParams();
  const listSearch = (useLocation().state as { listSearch?: string } | null)?.listSearch ?? '';
  const { data, error, refetch } = useQuery(PARTNER_REFERRAL, { variables: { id }, errorPolicy: 'all' });
  const heading = useRef<HTMLHeadingElement>(null);
  const referral = data?.partnerReferral;
  usePageTitle(referral ? `Направление: ${referral.personFullName}` : 'Направление');

  return (
    <>
      <p>
        <Link to={`/referrals${listSearch}`}>← Все направления</Link>
      </p>
      {referral ? (
        <>
          <Typography.Title level={1} ref={heading} tabIndex={-1}>
            Направление: {referral.personFullName}
          </Typography.Title>
          <PartialDataNotice error={error} />
          <ReferralDetails referral={referral} />
          <ReferralActions referral={referral} onClosed={() => heading.current?.focus()} />
        </>
      ) : error ? (
        <ErrorState title="Не удалось открыть направление" error={error} onRetry={() => void refetch()} />
      ) : (
        <Loading what="Загружаем направление…" />
      )}
    </>
  );
}
