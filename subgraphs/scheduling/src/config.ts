import { subgraph } from '@czn/platform';
import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';

export const configShape = {
  ...serviceConfigShape,
  ...databaseConfigShape,
  PORT: portSetting(subgraph('scheduling').port),
};

export const loadConfig = () => loadConfigOrExit('scheduling', configShape);
