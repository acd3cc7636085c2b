import { useApolloClient } from '@apollo/client/react';
import { personalCaseStatusLabels, useLiveEvents, useToast } from '@czn/ui';
import { useState } from 'react';
import { CITIZEN_SERVICES } from '../services/operations';
import { MY_PERSONAL_CASES, PERSONAL_CASE_UPDATED as PERSONAL_CASE_UPDATED_DOCUMENT } from './operations';

const NEWS = {
  OPENED: 'открыто личное дело',
  STATUS_CHANGED: 'изменён статус личного дела',
  ACCOUNT_SET: 'в личное дело внесён лицевой счёт',
  CLOSED: 'личное дело закрыто',
} as const;

/**
 * Follows the citizen's personal cases while the cabinet is open: the case itself updates in Apollo's
 * cache; «Услуги» and «Личные дела» are fetched again, since which services are available follows the cases.
 * Changes are announced to screen readers.
 */
export function PersonalCaseLiveUpdates() {
  const client = useApolloClient();
  const toast = useToast();
  const [announcement, setAnnouncement] = useState('');

  useLiveEvents(PERSONAL_CASE_UPDATED_DOCUMENT, {
    eventId: (data) => data.myPersonalCasesUpdated.eventId,
    onEvent: ({ myPersonalCasesUpdated: { type, status, personalCase } }) => {
      void client.refetchQueries({ include: [CITIZEN_SERVICES, MY_PERSONAL_CASES] });
      const centre = personalCase.jobCenter?.name ?? 'Центр занятости';
      const news = `${centre}: ${NEWS[type]} — ${personalCaseStatusLabels[status]}. Список доступных услуг обновлён`;
      setAnnouncement(news);
      void toast.info(news);
    },
  });

  return (
    <div className="czn-visually-hidden" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
