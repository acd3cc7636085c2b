import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';

export const configShape = { ...serviceConfigShape, ...databaseConfigShape, PORT: portSetting(4005) };

export const loadConfig = () => loadConfigOrExit('routing', configShape);
