import { BreakerOpenError, CircuitBreaker, type BreakerState } from './circuit-breaker';

const fail = () => Promise.reject(new Error('connect ECONNREFUSED'));
const succeed = () => Promise.resolve('ok');

function breaker() {
  let clock = 0;
  const changes: BreakerState[] = [];
  const subject = new CircuitBreaker({
    failuresToOpen: 3,
    coolDownMs: 1000,
    now: () => clock,
    onStateChange: (state) => changes.push(state),
  });
  return { subject, changes, advance: (ms: number) => (clock += ms) };
}

test('stays closed while failures are fewer than the threshold or interrupted by a success', async () => {
  const { subject } = breaker();
  await expect(subject.call(fail)).rejects.toThrow('ECONNREFUSED');
  await expect(subject.call(fail)).rejects.toThrow('ECONNREFUSED');
  await expect(subject.call(succeed)).resolves.toBe('ok');
  await expect(subject.call(fail)).rejects.toThrow('ECONNREFUSED');
  await expect(subject.call(fail)).rejects.toThrow('ECONNREFUSED');
  expect(subject.state).toBe('closed');
  expect(subject.counts).toEqual({ calls: 5, failures: 4, rejected: 0 });
});

test('opens after consecutive failures and then refuses calls without making them', async () => {
  const { subject, changes } = breaker();
  for (let i = 0; i < 3; i += 1) await expect(subject.call(fail)).rejects.toThrow('ECONNREFUSED');
  const action = jest.fn(succeed);
  await expect(subject.call(action)).rejects.toBeInstanceOf(BreakerOpenError);
  expect(action).not.toHaveBeenCalled();
  expect(subject.state).toBe('open');
  expect(changes).toEqual(['open']);
  expect(subject.counts).toEqual({ calls: 3, failures: 3, rejected: 1 });
});

test('after the cool-down one probe goes through; its success closes the breaker', async () => {
  const { subject, changes, advance } = breaker();
  for (let i = 0; i < 3; i += 1) await expect(subject.call(fail)).rejects.toThrow();
  advance(1000);
  let answer!: (value: string) => void;
  const probe = subject.call(() => new Promise<string>((resolve) => (answer = resolve)));
  expect(subject.state).toBe('half-open');
  await expect(subject.call(succeed)).rejects.toBeInstanceOf(BreakerOpenError);
  answer('ok');
  await expect(probe).resolves.toBe('ok');
  expect(subject.state).toBe('closed');
  await expect(subject.call(succeed)).resolves.toBe('ok');
  expect(changes).toEqual(['open', 'half-open', 'closed']);
});

test('a failed probe opens the breaker for another cool-down', async () => {
  const { subject, changes, advance } = breaker();
  for (let i = 0; i < 3; i += 1) await expect(subject.call(fail)).rejects.toThrow();
  advance(1000);
  await expect(subject.call(fail)).rejects.toThrow('ECONNREFUSED');
  expect(subject.state).toBe('open');
  advance(999);
  await expect(subject.call(succeed)).rejects.toBeInstanceOf(BreakerOpenError);
  advance(1);
  await expect(subject.call(succeed)).resolves.toBe('ok');
  expect(changes).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
});
