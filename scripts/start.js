#!/usr/bin/env node
/** `npm start`: the whole platform on one machine — database, five subgraphs, the gateway and three web apps. */
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const path = require('node:path');
const { ROOT, SUBGRAPHS, migrateAll, openDatabase } = require('./platform');

const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const WEB_APPS = [
  { name: 'web-citizen', title: 'Кабинет гражданина', port: 3000 },
  { name: 'web-employer', title: 'Кабинет работодателя', port: 3001 },
  { name: 'web-staff', title: 'Рабочее место сотрудника ЦЗН', port: 3002 },
];

const children = [];

function run(name, command, args, env, cwd = ROOT) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line) out.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] остановился (код ${code ?? signal}); платформа останавливается`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitReady(name, url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} не ответил на ${url} за ${timeoutMs / 1000} с`);
}

let stopping = false;
let database;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
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

  for (const { name, port } of SUBGRAPHS) {
    run(name, process.execPath, [path.join('subgraphs', name, 'dist', 'index.js')], {
      ...env,
      DATABASE_URL: database.url,
      PORT: String(port),
    });
  }
  await Promise.all(SUBGRAPHS.map(({ name, port }) => waitReady(name, `http://127.0.0.1:${port}/ready`)));

  const urls = Object.fromEntries(
    SUBGRAPHS.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`]),
  );
  run('gateway', process.execPath, [path.join('gateway', 'dist', 'index.js')], {
    ...env,
    ...urls,
    PORT: String(GATEWAY_PORT),
  });
  await waitReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}/ready`);

  for (const { name, port } of WEB_APPS) {
    const vite = require.resolve('vite/bin/vite.js', { paths: [path.join(ROOT, name)] });
    run(name, process.execPath, [vite, '--port', String(port), '--strictPort'], env, path.join(ROOT, name));
  }
  await Promise.all(WEB_APPS.map(({ name, port }) => waitReady(name, `http://127.0.0.1:${port}/`)));

  console.log('\nПлатформа запущена:');
  for (const { title, port } of WEB_APPS) console.log(`  ${title.padEnd(30)} http://localhost:${port}`);
  console.log(`  ${'GraphQL-шлюз'.padEnd(30)} http://localhost:${GATEWAY_PORT}/graphql`);
  for (const { name, port } of SUBGRAPHS)
    console.log(`  ${`подграф ${name}`.padEnd(30)} http://localhost:${port}/graphql`);
  console.log('\nДемо-входы (пароль demo12345): ivanov, petrova, operator.barnaul, operator.biysk, employer');
  console.log('Остановить: Ctrl+C');
}

main().catch(async (error) => {
  console.error(`Платформа не запустилась: ${error.message}`);
  await stop(1);
});
