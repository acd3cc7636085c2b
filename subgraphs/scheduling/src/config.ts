import { loadConfigOrExit, subgraphConfigShape } from '@czn/kernel';

export const configShape = subgraphConfigShape('scheduling');

export const loadConfig = () => loadConfigOrExit('scheduling', configShape);
