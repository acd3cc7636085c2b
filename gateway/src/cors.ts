import type { RequestHandler } from 'express';

/** Lets the portal's web apps call the gateway from their own origins, and nobody else's browser. */
export function cors(allowedOrigins: string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.header('origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader(
          'access-control-allow-headers',
          'authorization, content-type, x-request-id, apollo-require-preflight',
        );
        res.setHeader('access-control-max-age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
