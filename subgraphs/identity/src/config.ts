import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';
import { z } from 'zod';

export const configShape = {
  ...serviceConfigShape,
  ...databaseConfigShape,
  PORT: portSetting(4001),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number({ error: 'должен быть числом секунд' })
    .int()
    .min(60, 'не меньше 60 секунд')
    .max(3600, 'не больше 3600 секунд: токен доступа должен быть коротким')
    .default(900),
  /** SMTP for e-mail (smtp://user:pass@host:587 or smtps://…); without it a development mailbox keeps them. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'должен начинаться с smtp:// или smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Служба занятости населения <no-reply@czn.example.ru>'),
  /** web-employer's public address: activation e-mails link to <EMPLOYER_APP_URL>/activate?code=… */
  EMPLOYER_APP_URL: z.url({ error: 'должен быть адресом вида https://…' }).default('http://localhost:3001'),
};

export const loadConfig = () =>
  loadConfigOrExit('identity', configShape, process.env, (config) =>
    config.NODE_ENV === 'production' && !config.SMTP_URL
      ? ['SMTP_URL: обязателен в рабочей среде: без него письма с кодами активации не уйдут']
      : [],
  );
