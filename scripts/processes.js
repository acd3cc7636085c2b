/** Child processes of the platform for `npm start` and `npm run bench`: started, watched, stopped together. */
const { spawn } = require('node:child_process');
const path = require('node:path');
const { ROOT, SUBGRAPHS } = require('./platform');

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
    const forward = (stream, out) =>
      stream.on('data', (chunk) => {
        if (this.quiet) return;
        for (const line of String(chunk).split('\n')) if (line) out.write(`[${name}] ${line}\n`);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on('exit', (code, signal) => {
      if (!this.stopping) this.onUnexpectedExit(name, code ?? signal);
    });
    this.children.push(child);
    return child;
  }

  /** The five subgraphs on their default ports, then the gateway; resolves when all are ready. */
  async startBackend(env, gatewayPort) {
    const identityPort = SUBGRAPHS.find(({ name }) => name === 'identity').port;
    for (const { name, port } of SUBGRAPHS) {
      this.run(name, [path.join('subgraphs', name, 'dist', 'index.js')], {
        ...env,
        PORT: String(port),
        // Routing verifies partners' API keys with identity.
        ...(name === 'routing' ? { IDENTITY_SUBGRAPH_URL: `http://127.0.0.1:${identityPort}/graphql` } : {}),
      });
    }
    await Promise.all(SUBGRAPHS.map(({ name, port }) => waitReady(name, `http://127.0.0.1:${port}/ready`)));
    const urls = Object.fromEntries(
      SUBGRAPHS.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`]),
    );
    const gateway = this.run('gateway', [path.join('gateway', 'dist', 'index.js')], {
      ...env,
      ...urls,
      PORT: String(gatewayPort),
    });
    await waitReady('gateway', `http://127.0.0.1:${gatewayPort}/ready`);
    return gateway;
  }

  async stop() {
    this.stopping = true;
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', resolve);
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
