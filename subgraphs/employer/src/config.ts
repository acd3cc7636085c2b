import { subgraph } from '@czn/platform';
import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';

export const configShape = {
  ...serviceConfigShape,
  ...databaseConfigShape,
  PORT: portSetting(subgraph('employer').port),
};

export const loadConfig = () => loadConfigOrExit('employer', configShape);
