import { useQuery } from '@apollo/client/react';
import {
  ErrorState,
  formatDate,
  Loading,
  PartialDataNotice,
  personalCasePurposeLabels,
  personalCaseChangeKindLabels,
  personalCaseStatusLabels,
  useLiveEvents,
  usePageTitle,
} from '@czn/ui';
import { Breadcrumb, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { JOB_CENTER_PERSONAL_CASES_FEED, PERSONAL_CASE } from './operations';

/**
 * A case of the centre: its details, what staff may do with it, and its history. A colleague's change arrives
 * live: the feed's case replaces this one in Apollo's cache, and screen readers hear what changed.
 */
export default function PersonalCasePage() {
  const id = useParams().id!;
  const { data, loading, error, refetch } = useQuery(PERSONAL_CASE, {
    variables: { id },
    errorPolicy: 'all',
  });
  const personalCase = data?.personalCase;
  const who = personalCase?.citizen?.fullName;
  usePageTitle(who ? `Личное дело: ${who}` : 'Личное дело');
  const [announcement, setAnnouncement] = useState('');
  useLiveEvents(JOB_CENTER_PERSONAL_CASES_FEED, {
    eventId: (event) => event.jobCenterPersonalCasesFeed.eventId,
    onEvent: ({ jobCenterPersonalCasesFeed: { type, personalCase: changed } }) => {
      if (changed.id === id)
        setAnnouncement(`${personalCaseChangeKindLabels[type]}: ${personalCaseStatusLabels[changed.status]}`);
    },
  });

  if (loading && !data) return <Loading what="Загружаем личное дело…" />;
  if (!personalCase)
    return <ErrorState title="Не удалось открыть личное дело" error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <Breadcrumb
        items={[{ title: <Link to="/cases">Личные дела</Link> }, { title: who ?? 'Личное дело' }]}
      />
      <Typography.Title level={1}>Личное дело{who ? `: ${who}` : ''}</Typography.Title>
      <div className="czn-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <PartialDataNotice error={error} />
      <Descriptions
        column={1}
        bordered
        size="small"
        className="czn-gap"
        items={[
          {
            key: 'citizen',
            label: 'Гражданин',
            children: who
              ? `${who}${personalCase.citizen?.birthDate ? `, ${formatDate(personalCase.citizen.birthDate)} г. р.` : ''}`
              : '—',
          },
          { key: 'status', label: 'Статус', children: personalCaseStatusLabels[personalCase.status] },
          { key: 'purpose', label: 'Цель', children: personalCasePurposeLabels[personalCase.purpose] },
          { key: 'openedOn', label: 'Дата открытия', children: formatDate(personalCase.openedOn) },
          {
            key: 'account',
            label: 'Лицевой счёт',
            children: personalCase.personalAccountNumber ?? 'не открыт',
          },
          ...(personalCase.closedOn
            ? [
                {
                  key: 'closed',
                  label: 'Закрыто',
                  children: `${formatDate(personalCase.closedOn)}: ${personalCase.closeReason ?? ''}`,
                },
              ]
            : []),
        ]}
      />
      <CaseActions personalCase={personalCase} />
      <section aria-labelledby="case-history" className="czn-gap">
        <Typography.Title level={2} id="case-history">
          История
        </Typography.Title>
        <CaseHistory history={personalCase.history} />
      </section>
    </>
  );
}
