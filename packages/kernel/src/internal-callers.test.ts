import { parse, type OperationDefinitionNode } from 'graphql';
import { refusedPart, type AcceptedCallers } from './internal-callers';

const ACCEPTED: AcceptedCallers = {
  routing: { fields: ['partnerApiKeyAgency'], entities: ['User', 'PartnerAgency'] },
};

const refused = (caller: string, query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return refusedPart(ACCEPTED, caller, operation, document, variables);
};

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

test('the gateway may ask everything', () => {
  expect(refused('gateway', 'mutation { signIn(login: "a", password: "b") { accessToken } }')).toBeNull();
  expect(refused('gateway', ENTITIES, { r: [{ __typename: 'Organization', id: '1' }] })).toBeNull();
});

test('another service may ask only the fields and entity types allowed to it', () => {
  expect(refused('routing', '{ __typename partnerApiKeyAgency(key: "k") }')).toBeNull();
  expect(
    refused('routing', ENTITIES, {
      r: [
        { __typename: 'User', id: '1' },
        { __typename: 'PartnerAgency', id: '2' },
      ],
    }),
  ).toBeNull();
  expect(refused('routing', '{ partnerApiKeyAgency(key: "k") sessionActive(id: "s") }')).toBe(
    'sessionActive',
  );
  expect(refused('routing', '{ _service { sdl } }')).toBe('_service');
  expect(refused('routing', ENTITIES, { r: [{ __typename: 'Organization', id: '1' }] })).toBe(
    '_entities(Organization)',
  );
  expect(refused('routing', ENTITIES, { r: { __typename: 'Organization', id: '1' } })).toBe(
    '_entities(Organization)',
  );
  expect(
    refused(
      'routing',
      '{ _entities(representations: [{ __typename: "Organization", id: "1" }]) { __typename } }',
    ),
  ).toBe('_entities(Organization)');
});

test('fragments do not hide a root field', () => {
  expect(refused('routing', '{ ...Root } fragment Root on Query { sessionActive(id: "s") }')).toBe(
    'sessionActive',
  );
  expect(refused('routing', '{ ... on Query { sessionActive(id: "s") } }')).toBe('sessionActive');
});

test('a service that is not accepted may ask nothing', () => {
  expect(refused('citizen', '{ partnerApiKeyAgency(key: "k") }')).toBe('partnerApiKeyAgency');
  expect(refused('citizen', ENTITIES, { r: [{ __typename: 'User', id: '1' }] })).toBe('_entities(User)');
});
