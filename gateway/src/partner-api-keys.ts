import { API_KEY_HEADER } from '@czn/kernel';
import type { NextFunction, Request, Response } from 'express';

export const PARTNER_KEYS_GO_TO_ROUTING =
  'Шлюз не принимает ключи API ведомств-партнёров: вызывайте подграф routing напрямую, передавая ключ в заголовке X-API-Key';

/** A partner key is good only at the routing subgraph; here it is refused however it is presented. */
export function refusePartnerApiKeys(req: Request, res: Response, next: NextFunction): void {
  if (req.header(API_KEY_HEADER) === undefined) return next();
  res.status(401).json({
    errors: [{ message: PARTNER_KEYS_GO_TO_ROUTING, extensions: { code: 'UNAUTHENTICATED' } }],
  });
}

/** Partner keys look like czn_<prefix>_<secret>; access tokens never do. */
export const isPartnerApiKey = (token: string) => token.startsWith('czn_');
