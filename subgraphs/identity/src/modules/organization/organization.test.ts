import { randomUUID } from 'node:crypto';
import { anonymous } from '@czn/kernel';
import { someone, startSubgraphHarness, type SubgraphHarness } from '@czn/testing';
import { identity } from '../../subgraph';
import { lastMail, newNumbers, REGISTER, registration } from '../../test/employers';
import { Organization } from './organization.entity';

let harness: SubgraphHarness;
beforeAll(async () => {
  harness = await startSubgraphHarness(identity);
});
afterAll(() => harness.stop());

const registrar = someone.staff(['REGISTRAR', 'CAREER_CONSULTANT']);
const consultant = someone.staff(['CAREER_CONSULTANT']);
const citizen = someone.citizen();
const specialist = someone.staff(['EMPLOYER_RELATIONS_SPECIALIST']);

const ADD = `mutation($organizationId: ID!, $input: NewRepresentativeInput!) {
  addOrganizationRepresentative(organizationId: $organizationId, input: $input) {
    organization { id shortName }
    representative { id fullName email phone roles activation { state } }
    expiresAt
    emailSent
  }
}`;
const ACTIVATE = `mutation($code: String!, $login: String!, $password: String!) {
  activateEmployer(code: $code, login: $login, password: $password) { login organizationName }
}`;
const REPRESENTATIVES = `query($search: String) { organizations(search: $search) { id representatives { id fullName } } }`;

async function register(overrides: Record<string, unknown> = {}) {
  const data = registration(overrides);
  const response = await harness.request(registrar, REGISTER, { input: data });
  expect(response.errors).toBeUndefined();
  const { code, message } = await lastMail(harness, data.representativeEmail);
  return { input: data, result: response.data!['registerOrganization'], code, message };
}

/** An organisation as the first registrations left them: registered, nobody to act for it. */
async function withoutRepresentative() {
  const em = harness.running.orm.em.fork();
  const numbers = newNumbers();
  const organization = em.create(Organization, {
    name: `Общество с ограниченной ответственностью «Без представителя ${numbers.inn}»`,
    shortName: `ООО «Без представителя ${numbers.inn}»`,
    ...numbers,
    createdAt: new Date(),
  });
  await em.flush();
  return organization;
}

const representativeOf = (organization: Organization) => ({
  fullName: '  Лебедева   Ольга Сергеевна ',
  email: `Lebedeva.${organization.inn}@Example.ru`,
  phone: '8 (913) 555-12-34',
});

const activationCodes = (userId: string) =>
  harness.running.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ replaced_at: Date | null }>>(
      'select replaced_at from identity.activation_code where user_id = ? order by created_at',
      [userId],
    );

test('a registrar registers an organisation and its representative; the mailbox keeps the e-mail with the code', async () => {
  const { input: sent, result, code, message } = await register();
  expect(result).toMatchObject({
    organization: { shortName: sent.shortName, inn: sent.inn },
    representative: {
      fullName: 'Орлова Мария Ивановна',
      email: sent.representativeEmail,
      roles: ['EMPLOYER'],
    },
    emailSent: true,
  });
  const days = (Date.parse(result.expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29.9);
  expect(days).toBeLessThanOrEqual(30);
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(message.subject).toBe('Активация личного кабинета работодателя на портале службы занятости');
  expect(message.body).toContain(`http://localhost:3001/activate?code=${code}`);
  expect(message.body).toContain('Здравствуйте, Орлова Мария Ивановна!');
  expect(message.body).toContain(`ИНН ${sent.inn}`);

  const rows = await harness.running.orm.em
    .fork()
    .getConnection()
    .execute(`select code_hash from identity.activation_code where user_id = ?`, [result.representative.id]);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.code_hash).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(rows)).not.toContain(code.replace(/-/g, ''));

  const page = await fetch(`http://127.0.0.1:${harness.running.port}/dev/mailbox`);
  expect(page.headers.get('content-type')).toContain('text/html');
  const html = await page.text();
  expect(html).toContain('Почта (разработка)');
  expect(html).toContain(code);
});

test('citizens and staff without a registering role are refused; a wrong INN says what to fix', async () => {
  const byCitizen = await harness.request(citizen, REGISTER, { input: registration() });
  expect(byCitizen.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  const byConsultant = await harness.request(consultant, REGISTER, { input: registration() });
  expect(byConsultant.errors?.[0]).toMatchObject({
    message:
      'Регистрировать работодателей могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
    extensions: { code: 'FORBIDDEN' },
  });
  const byAnonymous = await harness.request(anonymous, REGISTER, { input: registration() });
  expect(byAnonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

  const good = registration();
  const wrongInn = `${good.inn.slice(0, 9)}${(Number(good.inn[9]) + 1) % 10}`;
  const refused = await harness.request(registrar, REGISTER, { input: { ...good, inn: wrongInn } });
  expect(refused.errors?.[0]).toMatchObject({
    message: 'ИНН не прошёл проверку контрольной цифры: сверьте его со свидетельством о постановке на учёт',
    extensions: { code: 'BAD_USER_INPUT', field: 'inn' },
  });
  const noEmail = await harness.request(registrar, REGISTER, {
    input: registration({ representativeEmail: 'orlova' }),
  });
  expect(noEmail.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'representativeEmail',
  });
});

/** Issue 14: a 400,000-character name was stored, and every staff list of organisations became 0.9 MB. */
test("a name longer than the kernel's limit is refused naming the field; nothing is stored", async () => {
  const input = registration({ name: 'О'.repeat(400_000) });
  const refused = await harness.request(registrar, REGISTER, { input });
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  expect(refused.errors?.[0]?.message).toMatch(/не больше 1000 символов/);
  expect(await harness.running.orm.em.fork().count(Organization, { inn: input.inn })).toBe(0);
});

test('the same INN and KPP cannot be registered twice', async () => {
  const { input: first } = await register();
  const again = await harness.request(registrar, REGISTER, {
    input: { ...first, representativeEmail: 'x@example.ru' },
  });
  expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  expect(again.errors?.[0]?.message).toContain('уже зарегистрирована на портале');
});

test('staff add a representative to an organisation registered without one; the code goes by mail and activates the cabinet', async () => {
  const organization = await withoutRepresentative();
  const added = await harness.request(specialist, ADD, {
    organizationId: organization.id,
    input: representativeOf(organization),
  });
  expect(added.errors).toBeUndefined();
  const email = `lebedeva.${organization.inn}@example.ru`;
  expect(added.data!['addOrganizationRepresentative']).toMatchObject({
    organization: { id: organization.id, shortName: organization.shortName },
    representative: {
      fullName: 'Лебедева Ольга Сергеевна',
      email,
      phone: '+79135551234',
      roles: ['EMPLOYER'],
      activation: { state: 'PENDING' },
    },
    emailSent: true,
  });
  const { message, code } = await lastMail(harness, email);
  expect(message.body).toContain('Здравствуйте, Лебедева Ольга Сергеевна!');
  expect(message.body).toContain(`ИНН ${organization.inn}`);

  const listed = await harness.request(registrar, REPRESENTATIVES, { search: organization.inn });
  expect(listed.data!['organizations']).toEqual([
    {
      id: organization.id,
      representatives: [
        {
          id: added.data!['addOrganizationRepresentative'].representative.id,
          fullName: 'Лебедева Ольга Сергеевна',
        },
      ],
    },
  ]);

  const login = `lebedeva.${organization.inn}`;
  const activated = await harness.request(anonymous, ACTIVATE, { code, login, password: 'Окна2026Барнаул' });
  expect(activated.errors).toBeUndefined();
  expect(activated.data!['activateEmployer']).toEqual({ login, organizationName: organization.shortName });
});

test('each field of the new representative is checked with a message naming it; an unknown organisation is not found', async () => {
  const organization = await withoutRepresentative();
  const person = representativeOf(organization);
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ fullName: 'Лебедева' }, 'fullName', 'Укажите фамилию, имя и отчество (если есть) представителя'],
    [
      { email: 'lebedeva' },
      'email',
      'Укажите адрес электронной почты представителя, например ivanov@example.ru: туда уйдёт код активации',
    ],
    [
      { phone: '913 555 12 34' },
      'phone',
      'Укажите телефон представителя в формате +7 (XXX) XXX-XX-XX или оставьте поле пустым',
    ],
  ];
  for (const [change, field, message] of cases) {
    const refused = await harness.request(specialist, ADD, {
      organizationId: organization.id,
      input: { ...person, ...change },
    });
    expect(refused.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  }
  const listed = await harness.request(registrar, REPRESENTATIVES, { search: organization.inn });
  expect(listed.data!['organizations'][0].representatives).toEqual([]);

  const unknown = await harness.request(specialist, ADD, { organizationId: randomUUID(), input: person });
  expect(unknown.errors?.[0]).toMatchObject({
    message: 'Организация не найдена: обновите список организаций',
    extensions: { code: 'NOT_FOUND' },
  });
  const byConsultant = await harness.request(consultant, ADD, {
    organizationId: organization.id,
    input: person,
  });
  expect(byConsultant.errors?.[0]).toMatchObject({
    message:
      'Добавлять представителей организаций могут регистратор, специалист по работе с работодателями и администратор ЦЗН',
    extensions: { code: 'FORBIDDEN' },
  });
});

test('a repeated addition adds nobody: one representative, one live code; once activated, adding again is a conflict', async () => {
  const organization = await withoutRepresentative();
  const person = { ...representativeOf(organization), phone: null };
  const [first, second] = await Promise.all([
    harness.request(registrar, ADD, { organizationId: organization.id, input: person }),
    harness.request(registrar, ADD, { organizationId: organization.id, input: person }),
  ]);
  expect(first.errors).toBeUndefined();
  expect(second.errors).toBeUndefined();
  const userId = first.data!['addOrganizationRepresentative'].representative.id;
  expect(second.data!['addOrganizationRepresentative'].representative.id).toBe(userId);
  const listed = await harness.request(registrar, REPRESENTATIVES, { search: organization.inn });
  expect(listed.data!['organizations'][0].representatives).toHaveLength(1);
  const codes = await activationCodes(userId);
  expect(codes).toHaveLength(2);
  expect(codes.filter((code) => code.replaced_at === null)).toHaveLength(1);

  const { code } = await lastMail(harness, `lebedeva.${organization.inn}@example.ru`);
  const login = `l${organization.inn}`;
  expect(
    (await harness.request(anonymous, ACTIVATE, { code, login, password: 'Окна2026Барнаул' })).errors,
  ).toBeUndefined();
  const again = await harness.request(registrar, ADD, { organizationId: organization.id, input: person });
  expect(again.errors?.[0]).toMatchObject({
    message: `Лебедева Ольга Сергеевна уже представляет ${organization.shortName} и входит в кабинет с логином «${login}»: новый код не нужен`,
    extensions: { code: 'CONFLICT' },
  });
});

test('registering an organisation again says what to do, by whether it has a representative and whether they signed in', async () => {
  const lonely = await withoutRepresentative();
  const withoutOne = await harness.request(registrar, REGISTER, {
    input: registration({ inn: lonely.inn, kpp: lonely.kpp, ogrn: lonely.ogrn }),
  });
  expect(withoutOne.errors?.[0]).toMatchObject({
    message: `${lonely.shortName} (ИНН ${lonely.inn}, КПП ${lonely.kpp}) уже зарегистрирована на портале, но представителя у неё нет: найдите её в списке организаций и нажмите «Добавить представителя» — ему уйдёт код активации`,
    extensions: { code: 'CONFLICT' },
  });

  const { input: first, code } = await register();
  const pending = await harness.request(registrar, REGISTER, {
    input: { ...first, representativeEmail: 'x@example.ru' },
  });
  expect(pending.errors?.[0]?.message).toContain('при необходимости отправьте код повторно');

  const activated = await harness.request(anonymous, ACTIVATE, {
    code,
    login: `o${first.inn}`,
    password: 'Окна2026Барнаул',
  });
  expect(activated.errors).toBeUndefined();
  const signedInAlready = await harness.request(registrar, REGISTER, { input: first });
  expect(signedInAlready.errors?.[0]?.message).toContain(
    'и её кабинет работодателя активирован. Чтобы добавить ещё одного представителя, найдите её в списке организаций и нажмите «Добавить представителя»',
  );
});
