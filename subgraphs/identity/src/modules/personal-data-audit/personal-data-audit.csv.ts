import { csvTable } from '@czn/kernel';
import { roleLabels } from '../user/user.enums';
import type { User } from '../user/user.entity';
import type { PersonalDataAccessEntry } from './personal-data-access.entity';
import { personalDataActionLabels, personalDataKindLabels } from './personal-data-audit.enums';

const HEADER = [
  'Когда (UTC)',
  'Действие',
  'Данные',
  'Кто',
  'Идентификатор пользователя',
  'Роли',
  'ЦЗН сотрудника',
  'Сервис',
  'Операция',
  'Операция GraphQL',
  'Номер запроса',
  'Сетевой адрес',
];

/** The whole trail as CSV for Russian spreadsheets, every value inert (see the kernel's `csvTable`). */
export function auditCsv(entries: PersonalDataAccessEntry[], actors: Map<string, User>): string {
  const rows = entries.map((entry) => [
    entry.occurredAt.toISOString(),
    personalDataActionLabels[entry.action],
    entry.kinds.map((kind) => personalDataKindLabels[kind]).join(', '),
    entry.actorId ? (actors.get(entry.actorId)?.fullName ?? 'неизвестен') : 'не вошедший',
    entry.actorId,
    entry.actorRoles.map((role) => roleLabels[role]).join(', '),
    entry.actorJobCenterId,
    entry.service,
    entry.operation,
    entry.graphqlOperation,
    entry.requestId,
    entry.clientAddress,
  ]);
  return csvTable(HEADER, rows);
}
