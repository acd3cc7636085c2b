/** The region's clock: appeal dates are shown as a job centre of Altai Krai sees them. */
export const REGION_TIME_ZONE = 'Asia/Barnaul';

const date = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const time = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

const asDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

/** dd.MM.yyyy, for example 22.11.2026. */
export const formatDate = (value: Date | string): string => date.format(asDate(value));

/** dd.MM.yyyy HH:mm, for example 22.11.2026 14:05. */
export const formatDateTime = (value: Date | string): string =>
  `${formatDate(value)} ${time.format(asDate(value))}`;
