import { loadConfigOrExit, subgraphConfigShape } from '@czn/kernel';

export const configShape = subgraphConfigShape('employer');

export const loadConfig = () => loadConfigOrExit('employer', configShape);
