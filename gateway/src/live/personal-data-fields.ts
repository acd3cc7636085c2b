import { PERSONAL_DATA_TAG } from '@czn/kernel';
import {
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** `Type.field` of every field the subgraphs mark `@PersonalData` (tagged in the supergraph). */
export function personalDataFields(supergraphSdl: string): Set<string> {
  const fields = new Set<string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    for (const field of definition.fields ?? []) {
      const tagged = field.directives?.some(
        (directive) =>
          directive.name.value === 'tag' &&
          directive.arguments?.some(
            (argument) =>
              argument.name.value === 'name' &&
              argument.value.kind === Kind.STRING &&
              argument.value.value === PERSONAL_DATA_TAG,
          ),
      );
      if (tagged) fields.add(`${definition.name.value}.${field.name.value}`);
    }
  }
  return fields;
}

/** Whether the operation selects any of `fields`, through fragments too. */
export function readsPersonalData(
  schema: GraphQLSchema,
  document: DocumentNode,
  fields: Set<string>,
): boolean {
  const typeInfo = new TypeInfo(schema);
  let reads = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && fields.has(`${parent.name}.${node.name.value}`)) reads = true;
      },
    }),
  );
  return reads;
}
