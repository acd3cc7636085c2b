import { eventBusConfigShape, loadConfigOrExit, subgraphConfigShape } from '@czn/kernel';

export const configShape = {
  ...subgraphConfigShape('citizen'),
  ...eventBusConfigShape,
};

export const loadConfig = () => loadConfigOrExit('citizen', configShape);
