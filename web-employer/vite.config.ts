import { defineConfig, type ProxyOptions } from 'vite';

/** Where the gateway listens when the whole platform runs locally (npm start). */
const gateway: Record<string, ProxyOptions> = {
  '/graphql': { target: 'http://localhost:4000', ws: true },
};

export default defineConfig({
  // Vite compiles TSX with esbuild; the automatic runtime needs no React import in components.
  esbuild: { jsx: 'automatic' },
  server: { port: 3001, strictPort: true, proxy: gateway },
  preview: { port: 3001, strictPort: true, proxy: gateway },
});
