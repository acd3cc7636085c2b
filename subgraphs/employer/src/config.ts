import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';

export const configShape = { ...serviceConfigShape, ...databaseConfigShape, PORT: portSetting(4003) };

export const loadConfig = () => loadConfigOrExit('employer', configShape);
