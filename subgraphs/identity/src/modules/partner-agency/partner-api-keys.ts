import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { badUserInput, isUuid, notFound, type EntityManager, type Viewer } from '@czn/kernel';
import { requirePartnerAdmin } from './partner-agency.access';
import { PartnerAgency, PartnerApiKey } from './partner-agency.entity';

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const KEY = /^czn_([a-z0-9]{10})_([A-Za-z0-9_-]{43})$/;

/** A new key: the prefix names it, the secret (256 bits) proves it; returns the key to show once. */
export async function createPartnerApiKey(
  em: EntityManager,
  viewer: Viewer,
  agencyId: string,
  label: string,
): Promise<{ apiKey: PartnerApiKey; key: string }> {
  const admin = requirePartnerAdmin(viewer, 'manageApiKeys');
  const agency = isUuid(agencyId) ? await em.findOne(PartnerAgency, { id: agencyId }) : null;
  if (!agency) throw notFound('Ведомство-партнёр не найдено: обновите список');
  const name = label.trim();
  if (!name) throw badUserInput('label', 'Назовите ключ: для какой системы ведомства он выпускается');
  const prefix = randomBytes(8).toString('hex').slice(0, 10);
  const secret = randomBytes(32).toString('base64url');
  const apiKey = em.create(PartnerApiKey, {
    agency,
    label: name,
    prefix,
    secretHash: sha256(secret).toString('hex'),
    createdBy: admin.userId,
    createdAt: new Date(),
    revokedAt: null,
  });
  await em.flush();
  return { apiKey, key: `czn_${prefix}_${secret}` };
}

export async function revokePartnerApiKey(
  em: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<PartnerApiKey> {
  requirePartnerAdmin(viewer, 'manageApiKeys');
  const apiKey = isUuid(id) ? await em.findOne(PartnerApiKey, { id }) : null;
  if (!apiKey) throw notFound('Ключ не найден: обновите список');
  apiKey.revokedAt ??= new Date();
  await em.flush();
  return apiKey;
}

/** The agency a presented key belongs to, or null for a malformed, unknown or revoked key. */
export async function agencyOfApiKey(em: EntityManager, key: string): Promise<string | null> {
  const match = KEY.exec(key.trim());
  if (!match) return null;
  const apiKey = await em.findOne(PartnerApiKey, { prefix: match[1]!, revokedAt: null });
  if (!apiKey) return null;
  const expected = Buffer.from(apiKey.secretHash, 'hex');
  const presented = sha256(match[2]!);
  return expected.length === presented.length && timingSafeEqual(expected, presented)
    ? apiKey.agency.id
    : null;
}
