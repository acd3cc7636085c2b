// @ts-check
/**
 * The platform manifest: the one list of the subgraphs. `npm start`, migrations, the bench, the gateway's
 * settings, the test stack, jest and the compose check all read it. Plain JavaScript, so that scripts and
 * jest's configuration read it without a build; TypeScript reads the declarations built from it.
 */

/**
 * @typedef {object} StreamDeclaration
 * @property {string} stream `<subgraph>` or `<subgraph>.<topic>`: rows of the subgraph's outbox table.
 * @property {boolean} relayed Copied to Redis for the gateway's live updates when REDIS_URL is set; readers
 *   of an unrelayed stream follow the outbox in PostgreSQL.
 */

const SUBGRAPHS = /** @type {const} */ ([
  {
    name: 'identity',
    package: '@czn/identity',
    port: 4001,
    unavailable: 'Сведения о пользователях и организациях временно недоступны',
    writes: [],
    reads: ['citizen.audit', 'routing.audit'],
    calls: ['citizen', 'routing'],
  },
  {
    name: 'citizen',
    package: '@czn/citizen',
    port: 4002,
    unavailable: 'Сведения об обращениях граждан временно недоступны',
    writes: [
      { stream: 'citizen', relayed: true },
      { stream: 'citizen.audit', relayed: false },
    ],
    reads: [],
    calls: ['scheduling', 'employer'],
  },
  {
    name: 'employer',
    package: '@czn/employer',
    port: 4003,
    unavailable: 'Сведения о вакансиях временно недоступны',
    writes: [],
    reads: [],
    calls: [],
  },
  {
    name: 'scheduling',
    package: '@czn/scheduling',
    port: 4004,
    unavailable: 'Сведения о центре занятости временно недоступны',
    writes: [],
    reads: [],
    calls: [],
  },
  {
    name: 'routing',
    package: '@czn/routing',
    port: 4005,
    unavailable: 'Сведения о жизненных ситуациях и направлениях в ведомства временно недоступны',
    writes: [{ stream: 'routing.audit', relayed: false }],
    reads: [],
    calls: ['identity'],
  },
]);

const GATEWAY = /** @type {const} */ ({ name: 'gateway', package: '@czn/gateway', port: 4000 });

/** @typedef {(typeof SUBGRAPHS)[number]} SubgraphEntry */
/** @typedef {SubgraphEntry['name']} SubgraphName */

const SUBGRAPH_NAMES = /** @type {SubgraphName[]} */ (SUBGRAPHS.map(({ name }) => name));

/**
 * @param {string} name
 * @returns {SubgraphEntry}
 */
function subgraph(name) {
  const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`В манифесте платформы нет подграфа ${name}`);
  return entry;
}

/**
 * The gateway's setting with a subgraph's address: `CITIZEN_URL`.
 * @template {string} N
 * @param {N} name
 * @returns {`${Uppercase<N>}_URL`}
 */
const urlSetting = (name) => /** @type {`${Uppercase<N>}_URL`} */ (`${name.toUpperCase()}_URL`);

/**
 * A subgraph's setting with the address of a peer it calls: `IDENTITY_SUBGRAPH_URL`.
 * @param {string} name
 */
const peerUrlSetting = (name) => `${name.toUpperCase()}_SUBGRAPH_URL`;

/**
 * Where a subgraph listens on a developer's machine.
 * @param {string} name
 * @param {string} [host]
 */
const defaultUrl = (name, host = 'localhost') => `http://${host}:${subgraph(name).port}/graphql`;

/**
 * The streams copied to Redis, the ones live updates follow: of one subgraph, or of all.
 * @param {string} [of]
 * @returns {string[]}
 */
const relayedStreams = (of) =>
  SUBGRAPHS.filter(({ name }) => of === undefined || name === of).flatMap(({ writes }) =>
    /** @type {readonly StreamDeclaration[]} */ (writes)
      .filter(({ relayed }) => relayed)
      .map(({ stream }) => stream),
  );

module.exports = {
  relayedStreams,
  GATEWAY,
  SUBGRAPHS,
  SUBGRAPH_NAMES,
  subgraph,
  urlSetting,
  peerUrlSetting,
  defaultUrl,
};
