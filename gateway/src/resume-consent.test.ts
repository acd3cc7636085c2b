import { GATEWAY, internalClient, type SignedInViewer } from '@czn/kernel';
import { graphqlRequest, TEST_INTERNAL_SECRET } from '@czn/testing';
import { given } from '@czn/tools';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const FIELDS = `id status desiredPosition desiredSalary city keySkills experiences { position }
  fullName birthDate age phone email address hiddenFields publicationNotice consent { publish } history { toStatus }`;
const RESUME = `query($id: ID!) { resume(id: $id) { ${FIELDS} jobCenter { name } } }`;

/** The citizen subgraph's `_entities`, as another subgraph's reference to a resume reaches it for `viewer`. */
async function referenced(viewer: SignedInViewer, id: string) {
  const headers = await internalClient({ caller: GATEWAY, secret: TEST_INTERNAL_SECRET }).headers(
    'citizen',
    viewer,
  );
  return graphqlRequest(
    stack.subgraphs.citizen.url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resume { ${FIELDS} } } }`,
    { r: [{ __typename: 'Resume', id }] },
    headers,
  );
}

test('an employer reads an active resume through the gateway with only the consented personal fields', async () => {
  const { resume, employer, citizen } = await given(stack)
    .jobCenter({ name: 'Центр занятости населения г. Бийск' })
    .citizen({ fullName: 'Петрова Анна Сергеевна' })
    .resume({ status: 'ACTIVE', consent: { publishName: false, publishPhone: false } })
    .employer();

  const { data, errors } = await stack.request(employer.token, RESUME, { id: resume.id });
  expect(errors).toBeUndefined();
  expect(data!['resume']).toEqual({
    id: resume.id,
    status: 'ACTIVE',
    desiredPosition: 'Бухгалтер',
    desiredSalary: 45000,
    city: 'Барнаул',
    keySkills: ['1С:Бухгалтерия', 'Excel'],
    experiences: [{ position: 'Бухгалтер' }],
    fullName: null,
    birthDate: null,
    age: expect.any(Number),
    phone: null,
    email: null,
    address: 'г. Барнаул, ул. Ленина, д. 1',
    hiddenFields: ['FULL_NAME', 'PHONE'],
    publicationNotice: null,
    consent: null,
    history: null,
    jobCenter: { name: 'Центр занятости населения г. Бийск' },
  });
  expect(JSON.stringify(data)).not.toContain(citizen.fullName);

  const entities = await referenced(employer.viewer, resume.id);
  const { jobCenter: _fromScheduling, ...projected } = data!['resume'];
  expect(entities.data!['_entities']).toEqual([projected]);
});

test('without consent to publish the employer gets the notice by either path; other citizens get nothing', async () => {
  const { resume, employer, other } = await given(stack)
    .citizen()
    .resume({ status: 'ACTIVE', consent: { publish: false } })
    .employer()
    .citizen({ as: 'other', fullName: 'Другая Анна Сергеевна' });

  const { data } = await stack.request(employer.token, RESUME, { id: resume.id });
  expect(data!['resume']).toMatchObject({
    publicationNotice: 'Соискатель не дал согласия на публикацию резюме',
    hiddenFields: ['FULL_NAME', 'ADDRESS', 'PHONE', 'AGE'],
    keySkills: [],
    experiences: null,
    fullName: null,
    phone: null,
    address: null,
    age: null,
  });
  const { jobCenter: _fromScheduling, ...projected } = data!['resume'];
  expect((await referenced(employer.viewer, resume.id)).data!['_entities']).toEqual([projected]);

  const stranger = await stack.request(other.token, RESUME, { id: resume.id });
  expect(stranger.data).toBeNull();
  expect(stranger.errors?.[0]).toMatchObject({
    message: 'Резюме не найдено',
    extensions: { code: 'NOT_FOUND' },
  });
  expect((await referenced(other.viewer, resume.id)).data!['_entities']).toEqual([null]);
});

test('a resume waiting for review is not found for an employer by either path', async () => {
  const { resume, employer } = await given(stack).citizen().resume().employer();
  const { errors } = await stack.request(employer.token, RESUME, { id: resume.id });
  expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  expect((await referenced(employer.viewer, resume.id)).data!['_entities']).toEqual([null]);
});
