import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import {
  getNamedType,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { badUserInput } from './errors';
import { isUuid } from './loaders';

/** What a text input may hold beyond the defaults of `checkedText`. */
export interface TextRules {
  /** The most characters it takes; 1000 by default, 100 for an `ID`. */
  maxLength?: number;
  /** Line breaks and tabs are allowed (a comment, a reason); other control characters never are. */
  multiLine?: boolean;
  /** An `ID` is a UUID unless this says otherwise (an event number). */
  uuid?: boolean;
}

export const DEFAULT_TEXT_MAX_LENGTH = 1000;
const DEFAULT_ID_MAX_LENGTH = 100;
const RULES = 'czn:text';
const ARG_RULES = 'czn:arg:';

/** Rules of an input type's text field, e.g. `@TextInput({ maxLength: 2000, multiLine: true })`. */
export const TextInput = (rules: TextRules) => Extensions({ [RULES]: rules });

/**
 * Rules of a resolver's text argument by name, e.g. `@TextArg('reason', { maxLength: 2000, multiLine: true })`;
 * one decorator per argument.
 */
export const TextArg = (name: string, rules: TextRules) => Extensions({ [`${ARG_RULES}${name}`]: rules });

const LINE_BREAKS_AND_TAB = new Set([0x09, 0x0a, 0x0d]);

function holdsControlCharacters(value: string, multiLine: boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 || code === 0x7f) && !(multiLine && LINE_BREAKS_AND_TAB.has(code))) return true;
  }
  return false;
}

/**
 * Why a `String` or `ID` value cannot be taken, as `BAD_USER_INPUT` naming the field: control characters (a
 * NUL byte never reaches PostgreSQL), more characters than allowed, an `ID` that is not a UUID. Null when it is fine.
 */
export function textProblem(field: string, value: string, isId: boolean, rules: TextRules = {}) {
  const multiLine = rules.multiLine ?? false;
  if (holdsControlCharacters(value, multiLine))
    return badUserInput(
      field,
      multiLine
        ? `Поле ${field}: уберите управляющие символы (например, нулевой байт) и повторите`
        : `Поле ${field}: уберите переводы строк, табуляцию и другие управляющие символы и повторите`,
    );
  const max = rules.maxLength ?? (isId ? DEFAULT_ID_MAX_LENGTH : DEFAULT_TEXT_MAX_LENGTH);
  if (value.length > max)
    return badUserInput(
      field,
      `Поле ${field}: не больше ${max} символов (сейчас ${value.length}), сократите текст`,
    );
  if (isId && (rules.uuid ?? true) && !isUuid(value))
    return badUserInput(
      field,
      `Поле ${field}: неверный идентификатор, ожидается UUID вида 123e4567-e89b-42d3-a456-426614174000`,
    );
  return null;
}

function problemIn(
  field: string,
  type: GraphQLInputType,
  value: unknown,
  rules: TextRules | undefined,
): Error | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return problemIn(field, type.ofType, value, rules);
  if (isListType(type)) {
    for (const item of value as unknown[]) {
      const problem = problemIn(field, type.ofType, item, rules);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const inner of Object.values(type.getFields())) {
      const problem = problemIn(
        inner.name,
        inner.type,
        (value as Record<string, unknown>)[inner.name],
        inner.extensions[RULES] as TextRules | undefined,
      );
      if (problem) return problem;
    }
    return null;
  }
  return typeof value === 'string'
    ? textProblem(field, value, getNamedType(type) === GraphQLID, rules)
    : null;
}

/**
 * Wraps every resolver that takes arguments so that each `String` and `ID` in them, input objects and lists
 * included, is checked by `textProblem` before the resolver runs: one place for every subgraph's input.
 * `schema` is type-graphql's, which still carries the `TextInput`/`TextArg` rules.
 */
export function checkingTextInput(schema: GraphQLSchema, resolvers: GraphQLResolverMap<unknown>) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === schema.getSubscriptionType() || type.name.startsWith('__')) continue;
    const typeResolvers = resolvers[type.name] as Record<string, unknown> | undefined;
    for (const field of Object.values(type.getFields())) {
      const resolve = typeResolvers?.[field.name];
      if (field.args.length === 0 || typeof resolve !== 'function') continue;
      const args = field.args.map((arg) => ({
        arg,
        rules: field.extensions[`${ARG_RULES}${arg.name}`] as TextRules | undefined,
      }));
      typeResolvers![field.name] = ((source, values, context, info) => {
        for (const { arg, rules } of args) {
          const problem = problemIn(arg.name, arg.type, values[arg.name], rules);
          if (problem) throw problem;
        }
        return (resolve as GraphQLFieldResolver<unknown, unknown>)(source, values, context, info);
      }) satisfies GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return resolvers;
}
