import { ESIA_STUB_DEFAULTS, startEsiaStub } from './stub';

/** `node dist/index.js`: the stub on ESIA_STUB_PORT (4010), for `npm start` and the dev profile of compose. */
const port = Number(process.env['ESIA_STUB_PORT'] ?? process.env['PORT'] ?? ESIA_STUB_DEFAULTS.port);
if (process.env['NODE_ENV'] === 'production') {
  console.error(
    'Заглушка ЕСИА не запускается при NODE_ENV=production: подключите настоящую ЕСИА (см. README).',
  );
  process.exit(1);
}
startEsiaStub({
  port,
  host: process.env['ESIA_STUB_HOST'] ?? '0.0.0.0',
  clientId: process.env['ESIA_CLIENT_ID'] ?? ESIA_STUB_DEFAULTS.clientId,
  clientSecret: process.env['ESIA_CLIENT_SECRET'] ?? ESIA_STUB_DEFAULTS.clientSecret,
}).then(
  (stub) => console.log(`Заглушка ЕСИА слушает порт ${stub.port}`),
  (error: Error) => {
    console.error(`Заглушка ЕСИА не запустилась: ${error.message}`);
    process.exit(1);
  },
);
