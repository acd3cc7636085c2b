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

/** A field for Excel and LibreOffice: quoted when it holds the separator, a quote or a line break. */
const cell = (value: string | null) => {
  const text = value ?? '';
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The whole trail as CSV the way Russian spreadsheets open it: UTF-8 with a byte-order mark, «;» between
 * fields, CRLF between lines.
 */
export function auditCsv(entries: PersonalDataAccessEntry[], actors: Map<string, User>): string {
  const lines = entries.map((entry) =>
    [
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
    ]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[HEADER.join(';'), ...lines].join('\r\n')}\r\n`;
}
