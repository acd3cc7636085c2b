import { defineConfig, type ProxyOptions, type UserConfig } from 'vite';

/**
 * Vite settings of the three apps: the app's port, and `/graphql` (websockets included) proxied to the
 * gateway, as nginx does in the images. GATEWAY_URL points elsewhere than the local gateway.
 */
export function webAppConfig(port: number): UserConfig {
  const target = process.env['GATEWAY_URL'] ?? 'http://localhost:4000';
  const gateway: Record<string, ProxyOptions> = {
    '/graphql': { target, ws: true },
    // Signing in through Gosuslugi: the browser goes to /auth/esia/start and comes back to /auth/esia/callback.
    '/auth/': { target, xfwd: true },
  };
  return defineConfig({
    // Vite compiles TSX with esbuild; the automatic runtime needs no React import in components.
    esbuild: { jsx: 'automatic' },
    server: { port, strictPort: true, proxy: gateway },
    preview: { port, strictPort: true, proxy: gateway },
    build: { sourcemap: true },
  });
}
