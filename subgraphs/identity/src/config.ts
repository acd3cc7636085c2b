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
};

export const loadConfig = () => loadConfigOrExit('identity', configShape);
