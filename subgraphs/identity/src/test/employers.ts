import { randomInt } from 'node:crypto';
import type { SubgraphHarness } from '@czn/testing';
import { MailboxMessage } from '../modules/mail/mailbox-message.entity';

/** A fresh legal entity's INN, KPP and OGRN with valid check digits, so that tests never collide. */
export function newNumbers() {
  const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
  const innBody = `22${digits(7)}`;
  const innCheck =
    ([2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((sum, w, i) => sum + w * Number(innBody[i]), 0) % 11) % 10;
  const ogrnBody = `1${digits(2)}22${digits(7)}`;
  const inn = `${innBody}${innCheck}`;
  return { inn, kpp: `${inn.slice(0, 4)}01001`, ogrn: `${ogrnBody}${Number(BigInt(ogrnBody) % 11n) % 10}` };
}

export const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) {
    organization { id shortName inn }
    representative { id fullName email roles }
    expiresAt
    emailSent
  }
}`;

/** registerOrganization's input for a new organisation and its representative. */
export const registration = (overrides: Record<string, unknown> = {}) => {
  const n = newNumbers();
  return {
    name: `Общество с ограниченной ответственностью «Тест ${n.inn}»`,
    shortName: `ООО «Тест ${n.inn}»`,
    ...n,
    representativeFullName: 'Орлова Мария Ивановна',
    representativeEmail: `orlova.${n.inn}@example.ru`,
    ...overrides,
  };
};

/** The last message the development mailbox kept for this address, and the activation code in it. */
export async function lastMail(harness: SubgraphHarness, to: string) {
  const [message] = await harness.running.orm.em
    .fork()
    .find(MailboxMessage, { recipient: to }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  if (!message) throw new Error(`no mail to ${to}`);
  const code = /введите код активации вручную: (\S+)/.exec(message.body)?.[1];
  return { message, code: code! };
}
