import { databaseConfigShape, loadConfigOrExit, portSetting, serviceConfigShape } from '@czn/kernel';

export const configShape = { ...serviceConfigShape, ...databaseConfigShape, PORT: portSetting(4004) };

export const loadConfig = () => loadConfigOrExit('scheduling', configShape);
