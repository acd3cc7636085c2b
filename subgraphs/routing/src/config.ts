import { loadConfigOrExit, subgraphConfigShape } from '@czn/kernel';

export const configShape = subgraphConfigShape('routing');

export const loadConfig = () => loadConfigOrExit('routing', configShape);
