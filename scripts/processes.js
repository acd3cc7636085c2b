/** Child processes of the platform for `npm start` and `npm run bench`: started, watched, stopped together. */
const { spawn } = require('node:child_process');
const { clearTimeout } = require('node:timers');
const path = require('node:path');
const { SUBGRAPHS, peerUrlSetting, urlSetting } = require('@czn/platform');
const { ROOT } = require('./platform');

const LAST_LINES = 20;

class Processes {
  constructor({ quiet = false, onUnexpectedExit = () => {} } = {}) {
    this.children = [];
    this.quiet = quiet;
    this.onUnexpectedExit = onUnexpectedExit;
    this.stopping = false;
  }

  run(name, args, env, cwd = ROOT) {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Quiet children's last lines are kept, to say why one stopped.
    const last = [];
    const forward = (stream, out) =>
      stream.on('data', (chunk) => {
        for (const line of String(chunk).split('\n')) {
          if (!line) continue;
          if (!this.quiet) out.write(`[${name}] ${line}\n`);
          else if (last.push(line) > LAST_LINES) last.shift();
        }
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    // 'close' comes after the output is read to its end.
    child.on('close', (code, signal) => {
      if (!this.stopping) this.onUnexpectedExit(name, code ?? signal, last);
    });
    Object.assign(child, { service: name, lastLines: last });
    this.children.push(child);
    return child;
  }

  /**
   * The manifest's subgraphs on their default ports (each moved by `portOffset`, default 0), then the gateway
   * with `gatewayEnv` besides; resolves when all are ready.
   */
  async startBackend(env, gatewayPort, { portOffset = 0, gatewayEnv = {} } = {}) {
    const urlOf = (name) =>
      `http://127.0.0.1:${SUBGRAPHS.find((entry) => entry.name === name).port + portOffset}/graphql`;
    for (const { name, port, calls } of SUBGRAPHS) {
      this.run(name, [path.join('subgraphs', name, 'dist', 'index.js')], {
        ...env,
        PORT: String(port + portOffset),
        ...Object.fromEntries(calls.map((peer) => [peerUrlSetting(peer), urlOf(peer)])),
      });
    }
    await Promise.all(
      SUBGRAPHS.map(({ name, port }) => waitReady(name, `http://127.0.0.1:${port + portOffset}/ready`)),
    );
    const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlSetting(name), urlOf(name)]));
    const gateway = this.run('gateway', [path.join('gateway', 'dist', 'index.js')], {
      ...env,
      ...urls,
      PORT: String(gatewayPort),
      ...gatewayEnv,
    });
    await waitReady('gateway', `http://127.0.0.1:${gatewayPort}/ready`);
    return gateway;
  }

  /** SIGTERM to every child still running; one that has not exited after `graceMs` gets SIGKILL. */
  async stop(graceMs = 10_000) {
    this.stopping = true;
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
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

module.exports = { Processes, waitReady };
