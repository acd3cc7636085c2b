import { given } from '@czn/tools';
import { liveClient, subscribeLive, type LiveMessage } from '../test/live-client';
import { STACK_START_TIMEOUT_MS, startStack, type Stack } from '../test/stack';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from './subscription-server';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, STACK_START_TIMEOUT_MS);
afterAll(() => stack.stop());

const APPEAL_UPDATED = 'subscription { appealUpdated { eventId status appeal { id } } }';

/** Issue 14: 50 replaying subscriptions on one socket made 2,150 renders. */
test('a socket holds at most 10 subscriptions at once; the next is refused saying so, and a freed place is taken again', async () => {
  const { citizen, jobCenter } = await given(stack).jobCenter().citizen();
  const submit = async () => (await given(stack).appeal({ citizen, jobCenter })).appeal;
  const client = liveClient(stack.gateway.url, citizen.token);
  try {
    const open = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () =>
      subscribeLive(client, APPEAL_UPDATED),
    );
    const oneTooMany = new Promise<LiveMessage>((resolve) =>
      client.subscribe(
        { query: APPEAL_UPDATED },
        {
          next: (message) => resolve(message as LiveMessage),
          error: (errors) => resolve({ errors: errors as LiveMessage['errors'] }),
          complete: () => undefined,
        },
      ),
    );
    const refused = await Promise.race([
      oneTooMany,
      // Without a cap the eleventh is served like the others and receives the appeal's event.
      submit().then(() => oneTooMany),
    ]);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toBe(
      'На одном соединении не больше 10 подписок одновременно: завершите ненужную подписку, прежде чем открыть новую',
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const { id } = await submit();
    // The appeal submitted while the eleventh was refused may come first: each open one waits for this one.
    const reaches = async (subscription: (typeof open)[number]) => {
      for (let n = 1; ; n++) {
        const message = await subscription.nth(n);
        if (message.data?.['appealUpdated'].appeal.id === id) return message;
      }
    };
    const received = await Promise.all(open.map(reaches));
    expect(received).toHaveLength(MAX_SUBSCRIPTIONS_PER_SOCKET);

    await open[0]!.close();
    const again = subscribeLive(client, APPEAL_UPDATED);
    const next = await submit();
    expect((await again.nth(1)).data?.['appealUpdated'].appeal.id).toBe(next.id);
    expect(next.id).not.toBe(id);
  } finally {
    await client.dispose();
  }
});
