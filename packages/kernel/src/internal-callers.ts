import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { GATEWAY } from './internal-token';

/** What a service other than the gateway may ask of a subgraph. */
export interface CallerAllowance {
  /** Root fields of queries and mutations. */
  fields?: readonly string[];
  /** Entity types it may resolve through `_entities`. */
  entities?: readonly string[];
}

/** The services, by name, that may call a subgraph besides the gateway (which may call everything). */
export type AcceptedCallers = Readonly<Record<string, CallerAllowance>>;

export const isAcceptedCaller = (accepted: AcceptedCallers, caller: string) =>
  caller === GATEWAY || Object.hasOwn(accepted, caller);

function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  found: Array<{ name: string; representations: unknown }> = [],
) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const argument = selection.arguments?.find(({ name }) => name.value === 'representations');
      found.push({
        name: selection.name.value,
        representations: argument ? valueFromASTUntyped(argument.value, variables) : undefined,
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, variables, found);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, variables, found);
    }
  }
  return found;
}

/** GraphQL takes a single value where a list is expected, so one representation counts as a list of one. */
const typenamesOf = (representations: unknown): string[] =>
  representations === undefined
    ? []
    : [representations]
        .flat()
        .map((representation) => String((representation as { __typename?: unknown } | null)?.__typename));

/**
 * The first part of the operation the caller may not use (a root field, or `_entities(Type)`), or null
 * when it may use all of it. The gateway may use everything.
 */
export function refusedPart(
  accepted: AcceptedCallers,
  caller: string,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): string | null {
  if (caller === GATEWAY) return null;
  const allowance = Object.hasOwn(accepted, caller) ? accepted[caller]! : {};
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  for (const { name, representations } of rootFields(operation.selectionSet, fragments, variables)) {
    if (name === '__typename') continue;
    if (name === '_entities') {
      const refused = typenamesOf(representations).find((type) => !allowance.entities?.includes(type));
      if (refused !== undefined) return `_entities(${refused})`;
    } else if (!allowance.fields?.includes(name)) return name;
  }
  return null;
}

/**
 * Refuses, with FORBIDDEN naming the caller and the operation, what a service other than the gateway may
 * not ask of the subgraph `name`. Requests without a calling service (a partner's API key) pass.
 */
export function internalCallersPlugin(
  name: string,
  accepted: AcceptedCallers,
): ApolloServerPlugin<{ caller: string | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: { caller }, operation, document, request }) {
          if (caller === null || !operation) return;
          const refused = refusedPart(accepted, caller, operation, document, request.variables);
          if (refused === null) return;
          const allowance = accepted[caller];
          const allowed = [
            ...(allowance?.fields ?? []),
            ...(allowance?.entities ?? []).map((type) => `_entities(${type})`),
          ];
          throw new GraphQLError(
            `Подграф ${name} не выполняет ${refused} по запросу сервиса ${caller}: ему разрешено только ${allowed.join(', ') || 'ничего'}. Если вызов нужен, разрешите его в acceptsCallers подграфа ${name}`,
            { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
          );
        },
      };
    },
  };
}
