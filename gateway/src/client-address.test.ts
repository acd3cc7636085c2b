import { given } from '@czn/tools';
import { FIXTURE_PASSWORD } from '@czn/identity';
import { graphqlFrom } from './test/from-address';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from './test/stack';

// Each test is a client (or a proxy) of its own address: 127.0.0.x, as the gateway sees the connection.
let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);

afterAll(() => stack.stop());

const SIGN_IN = `mutation($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken }
}`;
const SESSIONS = '{ mySessions { ipAddress current } }';

const sql = (query: string, values: unknown[] = []) =>
  stack.subgraphs.identity.orm.em.fork().getConnection().execute(query, values);

async function signInFrom(
  gatewayUrl: string,
  from: string,
  login: string,
  forwardedFor: string,
): Promise<string> {
  const answer = await graphqlFrom(
    from,
    gatewayUrl,
    SIGN_IN,
    { login, password: FIXTURE_PASSWORD },
    { 'x-forwarded-for': forwardedFor },
  );
  const token = answer.json().data?.signIn?.accessToken as string | undefined;
  if (!token) throw new Error(`sign-in from ${from} failed: ${answer.text}`);
  return token;
}

test('failed sign-ins with a forged X-Forwarded-For lock the connection’s address, not the forged one', async () => {
  const { staff } = await given(stack).staff('REGISTRAR');
  for (let i = 0; i < 20; i++) {
    const failed = await graphqlFrom(
      '127.0.0.77',
      stack.gateway.url,
      SIGN_IN,
      { login: `nobody-${i}`, password: 'wrong' },
      { 'x-forwarded-for': '203.0.113.77' },
    );
    expect(failed.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
  }
  // Another forged address changes nothing: the connection is what is locked.
  const locked = await graphqlFrom(
    '127.0.0.77',
    stack.gateway.url,
    SIGN_IN,
    { login: staff.login, password: FIXTURE_PASSWORD },
    { 'x-forwarded-for': '203.0.113.78' },
  );
  expect(locked.json().errors[0].message).toMatch(/^Слишком много неудачных попыток входа/);
  // Someone else claiming the locked address is not locked out by it.
  await signInFrom(stack.gateway.url, '127.0.0.78', staff.login, '203.0.113.77');
});

test('mySessions shows the address the connection came from, whatever X-Forwarded-For says', async () => {
  const { staff } = await given(stack).staff('REGISTRAR');
  const token = await signInFrom(stack.gateway.url, '127.0.0.21', staff.login, '10.66.66.66');
  const { data } = await stack.request(token, SESSIONS);
  expect(data!['mySessions']).toContainEqual({ ipAddress: '127.0.0.21', current: true });
});

test('a staff read of a SNILS with a forged X-Forwarded-For records the real address in the trail', async () => {
  const { staff, citizen } = await given(stack)
    .jobCenter()
    .staff('REGISTRAR')
    .citizen({ snils: '112-233-445 95' })
    .appeal();
  const read = await graphqlFrom(
    '127.0.0.31',
    stack.gateway.url,
    '{ jobCenterAppeals { applicant { snils } } }',
    {},
    { authorization: `Bearer ${staff.token}`, 'x-forwarded-for': '10.66.66.66' },
  );
  expect(read.json().data.jobCenterAppeals).toEqual([{ applicant: { snils: '112-233-445 95' } }]);
  const rows = await sql(
    `select client_address, peer_address from identity.personal_data_access
     where subject_id = ? and action = 'READ' and 'SNILS' = any(kinds)`,
    [citizen.id],
  );
  expect(rows).toEqual([{ client_address: '127.0.0.31', peer_address: '127.0.0.31' }]);
});

test('a configured proxy’s X-Forwarded-For is believed, and its own address kept beside it', async () => {
  const { staff } = await given(stack).staff('REGISTRAR');
  const behindProxy = await stack.startAnotherGateway({ TRUST_PROXY: '127.0.0.9' });
  // The proxy appends the address it saw; what a client put before that is not believed.
  const token = await signInFrom(behindProxy.url, '127.0.0.9', staff.login, '10.66.66.66, 198.51.100.9');
  const { data } = await stack.request(token, SESSIONS);
  expect(data!['mySessions']).toContainEqual({ ipAddress: '198.51.100.9', current: true });
  const rows = await sql('select ip_address, peer_address from identity.session where user_id = ?', [
    staff.id,
  ]);
  expect(rows).toContainEqual({ ip_address: '198.51.100.9', peer_address: '127.0.0.9' });

  // Any other address in front of the same gateway is a client, not a proxy.
  const direct = await signInFrom(behindProxy.url, '127.0.0.10', staff.login, '198.51.100.10');
  const mine = await stack.request(direct, SESSIONS);
  expect(mine.data!['mySessions']).toContainEqual({ ipAddress: '127.0.0.10', current: true });
});
