import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseGatewayConfig, startGateway } from '@czn/gateway';
import { startStack, type Stack, type StackOptions } from '@czn/tools';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startWebServer } = require('../../scripts/web-server') as {
  startWebServer(options: { root: string; gatewayUrl: string; port?: number }): Promise<WebServer>;
};

export interface WebServer {
  url: string;
  /** Closes every open websocket, as a network drop would. */
  cutWebSockets(): void;
  /** While blocked, new websockets are refused; HTTP still passes. */
  blockWebSockets(blocked: boolean): void;
  close(): Promise<void>;
}

export type WebApp = 'web-citizen' | 'web-employer' | 'web-staff';

const ROOT = path.join(__dirname, '..', '..');

export interface Platform {
  stack: Stack;
  apps: Record<WebApp, WebServer>;
  stop(): Promise<void>;
}

/** The whole platform in this process, and each app's production bundle served as nginx serves it. */
export async function startPlatform(options: StackOptions = {}): Promise<Platform> {
  for (const app of ['web-citizen', 'web-employer', 'web-staff'] as const) {
    if (!existsSync(path.join(ROOT, app, 'dist', 'index.html'))) {
      throw new Error(
        `${app}/dist is missing: run \`npm run build\` (npm test does it) before the browser tests`,
      );
    }
  }
  // The apps' servers below are the gateway's proxies, as nginx is in the images.
  const stack = await startStack((env) => startGateway(parseGatewayConfig(env), { host: '127.0.0.1' }), {
    ...options,
    env: { TRUST_PROXY: '127.0.0.1', ...options.env },
  });
  const serve = (app: WebApp) =>
    startWebServer({ root: path.join(ROOT, app, 'dist'), gatewayUrl: new URL(stack.gateway.url).origin });
  const apps = {
    'web-citizen': await serve('web-citizen'),
    'web-employer': await serve('web-employer'),
    'web-staff': await serve('web-staff'),
  };
  return {
    stack,
    apps,
    async stop() {
      for (const server of Object.values(apps)) await server.close();
      await stack.stop();
    },
  };
}
