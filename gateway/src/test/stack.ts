import { startStack as startPlatformStack, type StackOptions } from '@czn/tools';
import { parseGatewayConfig } from '../config';
import { startGateway } from '../server';

export { STACK_START_TIMEOUT_MS, type Stack } from '@czn/tools';

/** The whole platform with this gateway, for the gateway's own tests. */
export const startStack = (options?: StackOptions) =>
  startPlatformStack((env) => startGateway(parseGatewayConfig(env), { host: '127.0.0.1' }), options);
