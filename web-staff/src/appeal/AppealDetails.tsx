import { citizenServiceLabels, formatDateTime, StatusBadge, UNAVAILABLE_TEXT } from '@czn/ui';
import { Descriptions, type DescriptionsProps } from 'antd';
import type { DeskAppealCardFragment } from '../gql/graphql';

type Item = NonNullable<DescriptionsProps['items']>[number];

/** A text written by a person, with its line breaks. */
const prose = (text: string) => <span className="staff-prose">{text}</span>;

/** Number, service, status, dates, the applicant and their contacts, their comment, and the outcome. */
export function AppealDetails({ appeal }: { appeal: DeskAppealCardFragment }) {
  // Contacts given with the appeal; appeals filed before they were asked for have the profile's.
  const phone = appeal.contactPhone || appeal.applicant?.phone;
  const email = appeal.contactEmail ?? appeal.applicant?.email;
  const items: (Item | null)[] = [
    { key: 'number', label: 'Номер', children: appeal.number },
    { key: 'service', label: 'Услуга', children: citizenServiceLabels[appeal.type] },
    { key: 'status', label: 'Статус', children: <StatusBadge status={appeal.status} /> },
    { key: 'createdAt', label: 'Подано', children: formatDateTime(appeal.createdAt) },
    { key: 'updatedAt', label: 'Изменено', children: formatDateTime(appeal.updatedAt) },
    { key: 'applicant', label: 'Заявитель', children: appeal.applicant?.fullName ?? UNAVAILABLE_TEXT },
    phone ? { key: 'phone', label: 'Телефон', children: <a href={`tel:${phone}`}>{phone}</a> } : null,
    email
      ? { key: 'email', label: 'Электронная почта', children: <a href={`mailto:${email}`}>{email}</a> }
      : null,
    {
      key: 'comment',
      label: 'Комментарий заявителя',
      children: appeal.comment ? prose(appeal.comment) : 'Без комментария',
      span: 'filled',
    },
    appeal.result
      ? { key: 'result', label: 'Результат оказания услуги', children: prose(appeal.result), span: 'filled' }
      : null,
    appeal.rejectionReason
      ? { key: 'rejection', label: 'Причина отказа', children: prose(appeal.rejectionReason), span: 'filled' }
      : null,
  ];
  return (
    <Descriptions
      bordered
      column={{ xs: 1, md: 2 }}
      items={items.filter((item) => item !== null)}
      className="czn-gap"
    />
  );
}
