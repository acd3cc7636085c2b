import { createLogger, stopOnSignals } from '@czn/kernel';
import { loadConfig, startGateway } from './server';

const config = loadConfig();
startGateway(config).then(
  (gateway) => stopOnSignals(createLogger('gateway', config.LOG_LEVEL), [gateway.stop]),
  (error: unknown) => {
    process.stderr.write(`[gateway] не удалось запустить: ${String(error)}\n`);
    process.exit(1);
  },
);
