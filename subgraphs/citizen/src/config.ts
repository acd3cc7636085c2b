import {
  databaseConfigShape,
  eventBusConfigShape,
  loadConfigOrExit,
  portSetting,
  serviceConfigShape,
} from '@czn/kernel';

export const configShape = {
  ...serviceConfigShape,
  ...databaseConfigShape,
  ...eventBusConfigShape,
  PORT: portSetting(4002),
};

export const loadConfig = () => loadConfigOrExit('citizen', configShape);
