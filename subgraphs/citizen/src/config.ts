import { subgraph } from '@czn/platform';
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
  PORT: portSetting(subgraph('citizen').port),
};

export const loadConfig = () => loadConfigOrExit('citizen', configShape);
