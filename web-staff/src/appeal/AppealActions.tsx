import { useMutation } from '@apollo/client/react';
import { describeFailure, useSignedIn, useToast } from '@czn/ui';
import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { keepsCases } from '../cases/case-roles';
import type { DeskAppealCardFragment } from '../gql/graphql';
import { CompleteAppealForm } from './CompleteAppealForm';
import { COMPLETE_APPEAL, REJECT_APPEAL, TAKE_APPEAL_INTO_WORK } from './operations';
import { RejectAppealForm } from './RejectAppealForm';

type Decision = 'complete' | 'reject';

export interface AppealActionsProps {
  appeal: DeskAppealCardFragment;
  /** The appeal is completed or rejected: its actions are gone, so the page takes the focus. */
  onDecided(): void;
}

/** What the operator may do with the appeal in its status; nothing once it is decided. */
export function AppealActions({ appeal, onDecided }: AppealActionsProps) {
  const toast = useToast();
  const { user } = useSignedIn();
  const [open, setOpen] = useState<Decision | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [takeIntoWork, taking] = useMutation(TAKE_APPEAL_INTO_WORK);
  const [complete] = useMutation(COMPLETE_APPEAL);
  const [reject] = useMutation(REJECT_APPEAL);
  const completeButton = useRef<HTMLButtonElement>(null);
  const [taken, setTaken] = useState(false);

  const { id, status } = appeal;
  // «Взять в работу» is gone once it worked: keep the keyboard where the work goes on.
  useEffect(() => {
    if (taken && status === 'IN_PROGRESS') completeButton.current?.focus();
  }, [taken, status]);

  if (status !== 'REGISTERED' && status !== 'IN_PROGRESS') return null;

  const toggle = (decision: Decision) => {
    setFailure(null);
    setOpen((current) => (current === decision ? null : decision));
  };

  const take = async () => {
    setFailure(null);
    try {
      await takeIntoWork({ variables: { id } });
      setTaken(true);
      toast.success('Обращение взято в работу');
    } catch (error) {
      setFailure(describeFailure(error).message);
    }
  };

  const decided = (message: string) => {
    setOpen(null);
    toast.success(message);
    onDecided();
  };

  return (
    <section aria-labelledby="appeal-actions" className="czn-gap">
      <Typography.Title level={2} id="appeal-actions">
        Действия
      </Typography.Title>
      <Flex wrap gap="small" className="czn-gap">
        {status === 'REGISTERED' && (
          <Button type="primary" loading={taking.loading} onClick={() => void take()}>
            Взять в работу
          </Button>
        )}
        {status === 'IN_PROGRESS' && (
          <Button
            ref={completeButton}
            type="primary"
            aria-expanded={open === 'complete'}
            onClick={() => toggle('complete')}
          >
            Исполнить
          </Button>
        )}
        <Button danger aria-expanded={open === 'reject'} onClick={() => toggle('reject')}>
          Отказать
        </Button>
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} className="czn-gap" />}
      {open === 'complete' && status === 'IN_PROGRESS' && (
        <CompleteAppealForm
          opensCase={appeal.type === 'JOB_SEARCH_ASSISTANCE' && keepsCases(user.roles)}
          onSubmit={async (result, openCase) => {
            await complete({
              variables: {
                id,
                result,
                openPersonalCase: openCase && {
                  status: openCase.status,
                  openedOn: openCase.openedOn,
                  personalAccountNumber: openCase.personalAccountNumber?.trim() || null,
                },
              },
            });
            decided(openCase ? 'Обращение исполнено, личное дело открыто' : 'Обращение исполнено');
          }}
          onCancel={() => setOpen(null)}
        />
      )}
      {open === 'reject' && (
        <RejectAppealForm
          onSubmit={async (reason) => {
            await reject({ variables: { id, reason } });
            decided('В услуге отказано');
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </section>
  );
}
