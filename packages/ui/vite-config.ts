import path from 'node:path';
import type { ProxyOptions, UserConfig } from 'vite';

type FileServing = NonNullable<NonNullable<UserConfig['server']>['fs']>;

/**
 * What the development server may send through `/@fs/…`: the app, the shared UI kit it imports and installed
 * packages. By default Vite serves the whole repository, the embedded database under `.data/` (identity's
 * signing keys among its rows) included; that stays out, with Vite's own refusals (.env, certificates, .git).
 */
export function devServerFiles(appRoot: string): FileServing {
  const repository = path.resolve(appRoot, '..');
  return {
    strict: true,
    allow: [appRoot, path.join(repository, 'packages', 'ui'), path.join(repository, 'node_modules')],
    deny: ['.env', '.env.*', '*.{crt,pem}', '**/.git/**', '**/.data/**', '**/node_modules/@czn/**'],
  };
}

/**
 * Vite settings of the three apps (each at the repository's top level, run from its own directory): the app's
 * port, the files it may serve, and `/graphql` (websockets included) proxied to the gateway, as nginx does in
 * the images. GATEWAY_URL points elsewhere than the local gateway, which listens on loopback in development.
 */
export function webAppConfig(port: number, appRoot = process.cwd()): UserConfig {
  const target = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';
  const gateway: Record<string, ProxyOptions> = {
    '/graphql': { target, ws: true },
    // Signing in through Gosuslugi: the browser goes to /auth/esia/start and comes back to /auth/esia/callback.
    '/auth/': { target, xfwd: true },
  };
  return {
    // Vite compiles TSX with esbuild; the automatic runtime needs no React import in components.
    esbuild: { jsx: 'automatic' },
    server: { port, strictPort: true, proxy: gateway, fs: devServerFiles(appRoot) },
    preview: { port, strictPort: true, proxy: gateway },
    build: { sourcemap: true },
  };
}
