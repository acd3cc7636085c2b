import {
  Kind,
  OperationTypeNode,
  print,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

export const EVENT_ID_VARIABLE = '__eventId';

export interface EventQuery {
  /** The subscription field's name and the key its value has in each message. */
  fieldName: string;
  responseKey: string;
  /** The argument the subscriber resumes from, if given. */
  sinceEventId: string | null;
  /** A query that renders one event with the subscriber's selection, keyed like the subscription. */
  text: string;
  /** The subscriber's variables the query uses: all but the cursor, which differs between their sockets. */
  variables: Record<string, unknown>;
}

/**
 * Turns `subscription { appealUpdated(sinceEventId: …) { …selection } }` into
 * `query { appealUpdated: appealEvent(eventId: $__eventId) { …selection } }`, so each event is resolved through
 * the supergraph like any query, fields of every subgraph included.
 */
export function toEventQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  eventQueryField: string,
): EventQuery {
  const [root] = operation.selectionSet.selections as FieldNode[];
  if (!root || root.kind !== Kind.FIELD) throw new Error('subscription without a root field');
  const fieldName = root.name.value;
  const since = root.arguments?.find((argument) => argument.name.value === 'sinceEventId')?.value;
  const sinceVariable = since?.kind === Kind.VARIABLE ? since.name.value : null;
  const sinceDefault = operation.variableDefinitions?.find(
    (definition) => definition.variable.name.value === sinceVariable,
  )?.defaultValue;
  const literal = (value: ValueNode | undefined) =>
    value?.kind === Kind.STRING || value?.kind === Kind.INT ? value.value : null;
  const sinceEventId = sinceVariable
    ? ((variables[sinceVariable] as string | null | undefined) ?? literal(sinceDefault))
    : literal(since);

  const eventField: FieldNode = {
    ...root,
    alias: { kind: Kind.NAME, value: root.alias?.value ?? fieldName },
    name: { kind: Kind.NAME, value: eventQueryField },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'eventId' },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
      },
    ],
  };
  const query: OperationDefinitionNode = {
    ...operation,
    operation: OperationTypeNode.QUERY,
    variableDefinitions: [
      ...(operation.variableDefinitions ?? []).filter(
        (definition) =>
          !(since?.kind === Kind.VARIABLE && definition.variable.name.value === since.name.value),
      ),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: EVENT_ID_VARIABLE } },
        type: {
          kind: Kind.NON_NULL_TYPE,
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
        },
      },
    ],
    selectionSet: { ...operation.selectionSet, selections: [eventField] },
  };
  const definitions = document.definitions.map((definition) =>
    definition === operation ? query : definition,
  );
  return {
    fieldName,
    responseKey: root.alias?.value ?? fieldName,
    sinceEventId,
    variables: Object.fromEntries(Object.entries(variables).filter(([name]) => name !== sinceVariable)),
    text: print({
      ...document,
      definitions: definitions.filter(
        (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition === query,
      ),
    }),
  };
}
