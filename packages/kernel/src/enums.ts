import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum whose values carry their Russian labels as descriptions: the schema is the one
 * place the labels live, and the apps read them from there.
 */
export function registerLabelledEnum<K extends string>(
  values: Record<string, K>,
  name: string,
  labels: Record<K, string>,
  description?: string,
): void {
  registerEnumType(values, {
    name,
    ...(description ? { description } : {}),
    valuesConfig: Object.fromEntries(
      Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
    ) as Record<K, { description: string }>,
  });
}
