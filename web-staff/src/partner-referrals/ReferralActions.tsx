import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { describeFailure, useToast } from '@czn/ui';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { PartnerReferralCardFragment } from '../gql/graphql';
import { CompleteReferralForm, DeclineReferralForm } from './OutcomeForms';
import { ACCEPT_PARTNER_REFERRAL, RECORD_PARTNER_REFERRAL_OUTCOME } from './operations';
import { referralActions } from './status';

type Outcome = 'complete' | 'decline';

/**
 * The referral itself changes in the cache by its id; the lists, filtered by status, may no longer hold it
 * where they did, so they are dropped and asked for again when shown.
 */
const dropReferralLists = (cache: ApolloCache) =>
  void cache.evict({ id: 'ROOT_QUERY', fieldName: 'partnerReferrals' });

export interface ReferralActionsProps {
  referral: PartnerReferralCardFragment;
  /** The referral is closed: its actions are gone, so the page takes the focus. */
  onClosed(): void;
}

/** What the agency may do with the referral in its status; nothing once it is closed. */
export function ReferralActions({ referral, onClosed }: ReferralActionsProps) {
  const toast = useToast();
  const [open, setOpen] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [accept, accepting] = useMutation(ACCEPT_PARTNER_REFERRAL, { update: dropReferralLists });
  const [record] = useMutation(RECORD_PARTNER_REFERRAL_OUTCOME, { update: dropReferralLists });
  const completeButton = useRef<HTMLButtonElement>(null);
  const [accepted, setAccepted] = useState(false);

  const { id, status } = referral;
  // «Принять» is gone once it worked: keep the keyboard where the work goes on.
  useEffect(() => {
    if (accepted && status === 'ACCEPTED') completeButton.current?.focus();
  }, [accepted, status]);

  const actions = referralActions[status];
  if (actions.length === 0) return null;

  const toggle = (outcome: Outcome) => {
    setFailure(null);
    setOpen((current) => (current === outcome ? null : outcome));
  };

  const acceptReferral = async () => {
    setFailure(null);
    try {
      await accept({ variables: { id } });
      setAccepted(true);
      toast.success('Направление принято в работу');
    } catch (error) {
      setFailure(describeFailure(error).message);
    }
  };

  const close = async (outcome: string, closing: 'COMPLETED' | 'DECLINED', message: string) => {
    await record({ variables: { id, status: closing, outcome } });
    setOpen(null);
    toast.success(message);
    onClosed();
  };

  return (
    <section aria-labelledby="referral-actions" className="czn-gap">
      <Typography.Title level={2} id="referral-actions">
        Действия
      </Typography.Title>
      <Flex wrap gap="small" className="czn-gap">
        {actions.includes('accept') && (
          <Button type="primary" loading={accepting.loading} onClick={() => void acceptReferral()}>
            Принять
          </Button>
        )}
        {actions.includes('complete') && (
          <Button
            ref={completeButton}
            type="primary"
            aria-expanded={open === 'complete'}
            onClick={() => toggle('complete')}
          >
            Исполнено
          </Button>
        )}
        {actions.includes('decline') && (
          <Button danger aria-expanded={open === 'decline'} onClick={() => toggle('decline')}>
            Отклонить
          </Button>
        )}
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
      {open === 'complete' && actions.includes('complete') && (
        <CompleteReferralForm
          onSubmit={(outcome) => close(outcome, 'COMPLETED', 'Направление исполнено')}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'decline' && (
        <DeclineReferralForm
          onSubmit={(outcome) => close(outcome, 'DECLINED', 'Направление отклонено')}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}
